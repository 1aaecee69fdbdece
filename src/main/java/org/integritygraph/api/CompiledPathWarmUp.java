package org.integritygraph.api;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.schema.GraphQLSchema;
import org.integritygraph.security.Role;
import org.integritygraph.security.TokenIssuer;
import org.integritygraph.system.WarmUp;
import org.integritygraph.system.WarmUpPass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The last warm-up ({@link WarmUp}): runs the common requests of {@link RequestWarmUp} (a nested list, a lookup
 * and a search of another of its bodies each round, the four traces, one of the lists filtered with arguments
 * written in the text), every fourth round with a request holding a mistake and the health probes' requests,
 * every other pair of rounds as other clients send them (offering HTTP/2, indented JSON), over HTTP on the
 * loopback interface, one at a time, round after round for {@code integrity.warm-up.compile-for} (90 s by
 * default; 0 turns it off), so that the JIT compiler has compiled the request path (the web server, the security
 * filters, GraphQL's execution, the data fetchers, the Cypher runtime, JSON) before users come, for more than one
 * client's way of asking: code compiled for one way alone is thrown back to the interpreter by the first request
 * asked otherwise (the JIT's log showed it for a client offering HTTP/2, spaced JSON, literal arguments). The few
 * rounds of the other warm-ups only load and link it: interpreted, a lookup took 4–6 times as long as compiled,
 * and it takes some thousands of requests to compile. On two cores a round still gets quicker long after 20 s
 * (on the benchmark's province, 415 ms at first, 129 ms after 20 s, 84 ms after 90 s), and what a user's request
 * takes goes with it: a service warmed for 20 s answered the benchmark's short operations in 1.7–2.7 times what
 * they took after some minutes of traffic. Every other
 * round carries a new bearer token signed with the local key (an investigator's; none with an issuer's JWKS),
 * so that both the public's and a caller's path are compiled, the check of a token's signature with them. Each
 * round also parses and validates the requests' texts in the process, past the cache of parsed texts
 * ({@link ParsedDocuments}): a text is parsed once, so texts that come again and again would leave the parser
 * and the validator to the interpreter (a user's first request of a text of its own took 3 ms more than the
 * same text kept). The requests only read; they are not counted against the loopback address's rate
 * ({@link WarmUpPass}). It takes one core at most, and stops early after {@link #MAX_ROUNDS}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CompiledPathWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(CompiledPathWarmUp.class);

	/** More rounds than the compiler needs: on a small graph a round takes a few milliseconds. */
	static final int MAX_ROUNDS = 5_000;

	private final RequestWarmUp warmUp;

	private final Environment environment;

	private final TokenIssuer issuer;

	private final WarmUpPass pass;

	private final Duration compileFor;

	private final ObjectProvider<GraphQlSource> source;

	CompiledPathWarmUp(RequestWarmUp warmUp, Environment environment, TokenIssuer issuer, WarmUpPass pass,
			@Value("${integrity.warm-up.compile-for:90s}") Duration compileFor, ObjectProvider<GraphQlSource> source) {
		this.warmUp = warmUp;
		this.environment = environment;
		this.issuer = issuer;
		this.pass = pass;
		this.compileFor = compileFor;
		this.source = source;
	}

	@Override
	public Duration warmUp() {
		var compiled = compile();
		if (compiled.rounds() > 0 || compiled.refusedWith() != 0) {
			log.info("Request path compiled in {} ms: {} rounds of {} requests over HTTP, a round {} ms at first, {} ms "
					+ "at the end{}", compiled.took().toMillis(), compiled.rounds(), compiled.requests(),
					compiled.firstRound().toMillis(), compiled.lastRound().toMillis(),
					(compiled.refusedWith() != 0) ? "; stopped by HTTP " + compiled.refusedWith() : "");
		}
		return compiled.took();
	}

	/**
	 * What a run did: rounds, the most requests a round made, how long the first and the last took, the status that
	 * stopped it (0: none).
	 */
	record Compiled(int rounds, int requests, Duration took, Duration firstRound, Duration lastRound, int refusedWith) {
	}

	/** Runs the rounds now, in the caller's thread. */
	Compiled compile() {
		var port = this.environment.getProperty("local.server.port", Integer.class);
		if (this.warmUp.commonRequests(0).isEmpty() || port == null || !this.compileFor.isPositive()) {
			return new Compiled(0, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
		}
		int requests = 0;
		var probes = probes(port);
		var graphQl = this.source.getIfAvailable();
		var schema = (graphQl != null) ? graphQl.schema() : null;
		long start = System.nanoTime();
		long end = start + this.compileFor.toNanos();
		int rounds = 0;
		long firstRound = 0;
		long lastRound = 0;
		int refused = 0;
		try (var client = new LoopbackClient(port, this.pass)) {
			rounds: while (rounds < MAX_ROUNDS && System.nanoTime() < end) {
				long roundStart = System.nanoTime();
				var bearer = (rounds % 2 == 1) ? token() : null;
				var bodies = this.warmUp.commonRequests(rounds);
				var others = (rounds % OTHER_TRAFFIC == 0);
				requests = Math.max(requests, bodies.size() + (others ? 1 + probes.size() : 0));
				// every other pair of rounds as other clients send their requests (headers, JSON)
				var asOthers = (rounds % AS_OTHERS >= AS_OTHERS / 2);
				for (var body : bodies) {
					int status = client.post(body, bearer, asOthers);
					if (status != 200) {
						refused = status;
						break rounds;
					}
				}
				// the other traffic of a service, so that the compiled path does not take the common requests'
				// branches for the only ones (a health check or a mistake after the warm-up otherwise sent the
				// compiled filters, path matching and error handling back to the interpreter)
				if (others) {
					client.post(MISTAKE, bearer);
					for (var probe : probes) {
						client.get(probe);
					}
				}
				parseAndValidate(schema, bodies);
				lastRound = System.nanoTime() - roundStart;
				if (rounds == 0) {
					firstRound = lastRound;
				}
				rounds++;
			}
		}
		catch (IOException ex) {
			log.info("Request path not compiled over HTTP: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return new Compiled(rounds, requests, Duration.ofNanos(System.nanoTime() - start),
				Duration.ofNanos(firstRound), Duration.ofNanos(lastRound), refused);
	}

	/**
	 * Parses and validates each request's text as a request of a text not seen before would be: the parser and
	 * the validator compiled like the rest of the path; what they find is dropped.
	 */
	private static void parseAndValidate(GraphQLSchema schema, List<Map<String, Object>> bodies) {
		if (schema == null) {
			return;
		}
		for (var body : bodies) {
			var result = ParseAndValidate.parseAndValidate(schema,
					ExecutionInput.newExecutionInput((String) body.get("query")).build());
			if (result.isFailure()) {
				throw new IllegalStateException("A warm-up request does not validate: " + result.getErrors());
			}
		}
	}

	/**
	 * A new investigator's token signed with the local key, valid for a minute, or null without one: a new one each
	 * time, as requests come with their callers' tokens, since a token's signature is checked once and then kept
	 * ({@code VerifiedTokens}): the same token round after round would leave the check to the interpreter for a
	 * user's first request.
	 */
	private String token() {
		return this.issuer.available()
				? this.issuer.issue(Role.INVESTIGATOR, "warm-up", List.of(), Duration.ofMinutes(1)) : null;
	}

	/** Every how many rounds the other traffic goes too (the common requests keep most of the time). */
	private static final int OTHER_TRAFFIC = 4;

	/** Of how many rounds the second half is sent as other clients send ({@link LoopbackClient#post}). */
	private static final int AS_OTHERS = 4;

	/** A request with a mistake in it, as users make: answered with an error, as a validation error. */
	private static final Map<String, Object> MISTAKE = RequestWarmUp
		.request("{ bodies(first: 1) { nodes { id noSuchField } } }", Map.of());

	/** What health probes ask (liveness and readiness), on the management server's port when it has its own. */
	private List<URI> probes(int serverPort) {
		var port = this.environment.getProperty("local.management.port", Integer.class, serverPort);
		var base = this.environment.getProperty("management.endpoints.web.base-path", "/actuator");
		return List.of(URI.create("http://localhost:" + port + base + "/health/liveness"),
				URI.create("http://localhost:" + port + base + "/health/readiness"));
	}

}
