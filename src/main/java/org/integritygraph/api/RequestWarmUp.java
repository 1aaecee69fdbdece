package org.integritygraph.api;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.system.WarmUp;
import org.integritygraph.system.WarmUpPass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Warms the GraphQL request path ({@link WarmUp}, before the trace queries): a few read-only requests of the
 * public — a nested list, a lookup of the body it found and a search of its name — in the process, through the
 * same interceptors, limits and execution as a request over HTTP, then once over HTTP on the loopback
 * interface (the web server, its filters and the JSON), so that the first users' lookups, lists and searches
 * do not wait for the JVM to load and link that path and for Neo4j to plan their queries; then the four traces
 * on the first subjects of their lists; then every list
 * filtered on each one of its filter's fields (a list's query has one text per set of filter fields, and one
 * field is a list page's common case); then every query of the relationship fields and lookups is planned
 * ({@link RelationshipFields#plan}). Nothing is written; the three HTTP requests are the loopback address's public
 * requests (HTTP metrics), not counted against its rate ({@link WarmUpPass}). This loads and links the path;
 * {@link CompiledPathWarmUp} runs it until the JIT compiler has compiled it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(RequestWarmUp.class);

	/** Enough rounds for the interpreter to settle on the path; the JIT needs far more and comes with use. */
	private static final int ROUNDS = 5;

	/**
	 * The relationship fields a list's nodes commonly select, by list: a list reads them in its own query
	 * ({@link RelationshipFields#lookAhead}), whose text (one plan) depends on them as on the filter's fields.
	 */
	private static final Map<String, String> NESTED = Map.of("bodies", "posts { title holders { person { name } from } }");

	/** The size of a page whose answer is longer than the JSON writer's buffer (8,000 bytes). */
	private static final int LONG_PAGE = 30;

	/** The page of a filtered list's text. */
	private static final String PAGE = ", first: 10)";

	/** An id no node has. */
	private static final String MISSING_ID = "warm-up-not-found";

	/** A search in traditional characters, as users copying from documents so written search (国有资产监督管理). */
	private static final String TRADITIONAL_TEXT = "國有資產監督管理";

	/**
	 * The bodies with their posts and holders; {@code $at}, when given, the day whose holders are read; a page of
	 * {@code $first} after {@code $after}.
	 */
	private static final String LIST = """
			query($at: Date, $first: Int = 10, $after: String) { bodies(first: $first, after: $after) { nodes { id name kind level divisionCode uscc
			    posts { title holders(at: $at) { person { name } from } } } } }""";

	private static final String LOOKUP = """
			query($id: ID!) { body(id: $id) { id name kind level divisionCode uscc } }""";

	private static final String SEARCH = """
			query($text: String!) { search(text: $text, first: 10) { edges { score node { id } } } }""";

	/**
	 * Ids for the traces: the first projects, commitments and persons of their lists, and governments for the
	 * overdue commitments (which governments make; another body has none to show, and a trace that shows nothing
	 * leaves the code that shows something to the interpreter).
	 */
	private static final String TRACE_SUBJECTS = """
			{ projects(first: 10) { nodes { id } } commitments(first: 10) { nodes { id } } persons(first: 10) { nodes { id } }
			  bodies(filter: {kind: [GOVERNMENT]}, first: 10) { nodes { id } } }""";

	/**
	 * The four traces of the domain's questions, each with its chains; the variables are the subject's id and, when
	 * given, the day asked about.
	 */
	private static final Map<String, String> TRACES = Map.of("persons", """
			query($id: ID!, $at: Date) { leadershipChain(personId: $id, at: $at) {
			    chains { steps { post { title } vacant holders { person { name } } } } } }""",
			"projects", """
			query($id: ID!, $at: Date) { projectAccountability(projectId: $id, at: $at) { phases { phase { stage from to }
			    responsibilities { role post { title } vacant holders { person { name } overlapFrom overlapTo
			      chain { steps { post { title } holders { person { name } } } } }
			    answerableNow { post { title } holders { person { name } } } } } } }""",
			"commitments", """
			query($id: ID!, $at: Date) { responsibilityTrace(commitmentId: $id, at: $at) { acts { kind on answerable { post { title }
			    holders { person { name } } chain { steps { post { title } holders { person { name } } } }
			    today { post { title } holders { person { name } } } } }
			    answerableToday { post { title } holders { person { name } } } } }""",
			"bodies", """
			query($id: ID!, $at: Date) { overdueCommitments(bodyId: $id, at: $at) { commitments { commitment { id title dueOn status } } } }""");

	private final ObjectProvider<WebGraphQlHandler> handler;

	private final ObjectProvider<GraphQlSource> source;

	private final Environment environment;

	private final RelationshipFields fields;

	private final Dates dates;

	private final WarmUpPass pass;

	/** What {@link #commonRequests} answers with: the list's bodies and the traces that ran; set by a warm-up. */
	private volatile Common common = new Common(Map.of(), List.of(), List.of(), List.of());

	private record Common(Map<String, Object> list, List<Map<String, Object>> bodies,
			List<List<Map<String, Object>>> traces, List<String> filtered) {
	}

	RequestWarmUp(ObjectProvider<WebGraphQlHandler> handler, ObjectProvider<GraphQlSource> source,
			Environment environment, RelationshipFields fields, Dates dates, WarmUpPass pass) {
		this.handler = handler;
		this.source = source;
		this.environment = environment;
		this.fields = fields;
		this.dates = dates;
		this.pass = pass;
	}

	@Override
	public Duration warmUp() {
		var handler = this.handler.getIfAvailable();
		if (handler == null) {
			return Duration.ZERO;
		}
		long start = System.nanoTime();
		var list = request(LIST, Map.of());
		List<Map<String, Object>> nodes = nodes(execute(handler, list), "bodies");
		if (nodes.isEmpty()) {
			log.info("GraphQL request path not warmed up: no body to read");
			return Duration.ZERO;
		}
		var body = nodes.getFirst();
		// the same requests in the process, then over HTTP
		var requests = List.of(list, request(LOOKUP, Map.of("id", body.get("id"))),
				request(SEARCH, Map.of("text", body.get("name"))));
		for (int round = 0; round < ROUNDS; round++) {
			requests.forEach(request -> execute(handler, request));
		}
		var port = this.environment.getProperty("local.server.port", Integer.class);
		if (port != null) {
			overHttp(port, requests);
		}
		var traces = traces(handler, (String) body.get("id"));
		var source = this.source.getIfAvailable();
		var filtered = (source != null) ? filteredLists(source.schema(), this.dates.today()) : List.<String>of();
		this.common = new Common(list, nodes, traces, filtered);
		filtered.forEach(document -> execute(handler, request(document, Map.of())));
		var planned = this.fields.plan(Viewer.publicViewer(this.dates.today(), null));
		var took = Duration.ofNanos(System.nanoTime() - start);
		log.info("GraphQL request path warmed up in {} ms ({} traces, {} filtered lists; {} relationship field and "
				+ "lookup queries planned)", took.toMillis(), traces.size(), filtered.size(), planned);
		return took;
	}

	/**
	 * The common requests this warm-up found subjects for and ran, as request bodies, for the {@code round}th
	 * time: the nested list, a lookup and a search of one of its bodies (its id, its name: another body each
	 * round, as users' lookups and searches differ; Lucene caches a search asked again and again), the traces (each
	 * on another of its subjects each round);
	 * the list and the traces as of today, and every other round as of a day some years back; and one of the
	 * filtered lists in turn ({@link #filteredLists}), whose arguments are written in the text (enums, dates, lists,
	 * input objects), as users write them, where the others pass variables; empty before it ran or on an empty
	 * graph ({@link CompiledPathWarmUp} runs them again and again).
	 */
	List<Map<String, Object>> commonRequests(int round) {
		var common = this.common;
		if (common.bodies().isEmpty()) {
			return List.of();
		}
		var body = common.bodies().get(round % common.bodies().size());
		// every other round as of a day some years back (users ask so too), the others as of today
		var at = (round % 2 == 1) ? Map.<String, Object>of("at", this.dates.today().minusYears(1 + round % 5).toString())
				: Map.<String, Object>of();
		// and, one round in four each, what users also meet and the compiled code must have seen (code compiled
		// without it is sent back to the interpreter when a user's request first takes that branch, and then runs
		// slower for every request until compiled again): an answer longer than the JSON writer's buffer, written in
		// parts (a page of 30, starting after another row each time, so that the parts end within texts, lists and
		// objects alike); an id that is not found (a resolver's null); a search in traditional characters, whose words
		// the index may not hold
		var list = with((round % 4 == 3) ? with(common.list(), Map.of("first", LONG_PAGE, "after", PageRequest.cursor(round)))
				: common.list(), at);
		Object id = (round % 4 == 1) ? MISSING_ID : body.get("id");
		Object text = (round % 4 == 2) ? TRADITIONAL_TEXT : body.get("name");
		var requests = new ArrayList<Map<String, Object>>(List.of(list, request(LOOKUP, Map.of("id", id)),
				request(SEARCH, Map.of("text", text))));
		common.traces().forEach(subjects -> requests.add(with(subjects.get(round % subjects.size()), at)));
		if (!common.filtered().isEmpty()) {
			// after one pass over them (their texts then known, as after the in-process warm-up), each with a page of
			// another size: a text new to the service each round, parsed, validated and kept as a user's new text is
			int pass = round / common.filtered().size();
			var filtered = common.filtered().get(round % common.filtered().size());
			// and sent as its text alone, without variables, as from a command line
			requests.add(Map.of("query", (pass == 0) ? filtered : filtered.replace(PAGE, ", first: " + (10 - pass % 10) + ")")));
		}
		return requests;
	}

	/** {@code request} with {@code variables} added to its own. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> with(Map<String, Object> request, Map<String, Object> variables) {
		if (variables.isEmpty()) {
			return request;
		}
		var all = new HashMap<>((Map<String, Object>) request.get("variables"));
		all.putAll(variables);
		return request((String) request.get("query"), all);
	}

	/**
	 * Each trace of {@link #TRACES} on the first subjects of its list ({@link #TRACE_SUBJECTS}; {@code bodyId} for
	 * the overdue commitments when there is no government), {@link #ROUNDS} times in all: the Java side of a trace
	 * (its rows made into chains, answers and reasons) is loaded and run before a user's first trace; answers, for
	 * each trace that ran, its requests, one per subject.
	 */
	static List<List<Map<String, Object>>> traces(WebGraphQlHandler handler, String bodyId) {
		var subjects = execute(handler, request(TRACE_SUBJECTS, Map.of()));
		var ran = new ArrayList<List<Map<String, Object>>>();
		for (var trace : TRACES.entrySet()) {
			var ids = ids(subjects, trace.getKey());
			if (ids.isEmpty() && "bodies".equals(trace.getKey())) {
				ids = List.of(bodyId);
			}
			if (ids.isEmpty()) {
				continue;
			}
			var requests = ids.stream().map(id -> request(trace.getValue(), Map.of("id", id))).toList();
			for (int round = 0; round < ROUNDS; round++) {
				execute(handler, requests.get(round % requests.size()));
			}
			ran.add(requests);
		}
		return ran;
	}

	private static List<String> ids(Map<String, Object> data, String list) {
		return nodes(data, list).stream().map(node -> (String) node.get("id")).toList();
	}

	/**
	 * For each list of the schema (a query field with a {@code filter} argument and {@code Node}s), one request per
	 * field of its filter, with a value of that field's type (fields of other types are left out), and another
	 * with the relationship fields its nodes commonly select ({@link #NESTED}), if any.
	 */
	static List<String> filteredLists(GraphQLSchema schema, LocalDate today) {
		var documents = new ArrayList<String>();
		for (var list : schema.getQueryType().getFieldDefinitions()) {
			var filter = list.getArgument("filter");
			if (filter == null || !(GraphQLTypeUtil.unwrapAll(filter.getType()) instanceof GraphQLInputObjectType type)
					|| !listOfNodes(list.getType())) {
				continue;
			}
			for (var field : type.getFieldDefinitions()) {
				var values = examples(field.getType(), today);
				// each value of an enum: some match a few rows, others most (an index read across many of its pages)
				for (var value : values) {
					documents.add(("{ %s(filter: {%s: %s}" + PAGE + " { nodes { id } } }").formatted(list.getName(),
							field.getName(), value));
				}
				var nested = NESTED.get(list.getName());
				if (nested != null && !values.isEmpty()) {
					documents.add(("{ %s(filter: {%s: %s}" + PAGE + " { nodes { id %s } } }").formatted(list.getName(),
							field.getName(), values.getFirst(), nested));
				}
			}
		}
		return documents;
	}

	/** Whether {@code type} is a connection of {@code Node}s (the public lists; not the audit log). */
	private static boolean listOfNodes(GraphQLOutputType type) {
		if (GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLObjectType connection
				&& connection.getFieldDefinition("nodes") != null
				&& GraphQLTypeUtil.unwrapAll(connection.getFieldDefinition("nodes").getType()) instanceof GraphQLObjectType node) {
			return node.getInterfaces().stream().anyMatch(i -> "Node".equals(i.getName()));
		}
		return false;
	}

	/**
	 * GraphQL literals of {@code type}: each value of an enum (in a list for a list), or one string, date, boolean
	 * or number; none for other types.
	 */
	private static List<String> examples(GraphQLInputType type, LocalDate today) {
		var unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
		if (unwrapped instanceof GraphQLList list) {
			return examples((GraphQLInputType) list.getWrappedType(), today).stream().map(item -> "[" + item + "]").toList();
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
		}
		if (unwrapped instanceof GraphQLScalarType scalar) {
			return switch (scalar.getName()) {
				case "ID", "String" -> List.of("\"warm-up\"");
				case "Date" -> List.of("\"" + today + "\"");
				case "Boolean" -> List.of("true");
				case "Int" -> List.of("1");
				default -> List.of();
			};
		}
		return List.of();
	}

	/** The body of a GraphQL request: the document and its variables. */
	static Map<String, Object> request(String document, Map<String, Object> variables) {
		return Map.of("query", document, "variables", variables);
	}

	private static Map<String, Object> execute(WebGraphQlHandler handler, Map<String, Object> body) {
		var request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(), null,
				Map.of(), body, "warm-up", Locale.ROOT);
		var response = handler.handleRequest(request).block(Duration.ofMinutes(1));
		if (response == null || !response.isValid() || !response.getErrors().isEmpty()) {
			throw new IllegalStateException("Warm-up request failed: " + ((response != null) ? response.getErrors() : "no answer"));
		}
		return response.getData();
	}

	/** The requests over HTTP; a failure is only logged (the server may listen on another interface). */
	private void overHttp(int port, List<Map<String, Object>> requests) {
		try (var client = new LoopbackClient(port, this.pass)) {
			for (var request : requests) {
				int status = client.post(request, null);
				if (status != 200) {
					log.info("GraphQL request path warmed up in the process only: HTTP {}", status);
					return;
				}
			}
		}
		catch (IOException ex) {
			log.info("GraphQL request path warmed up in the process only: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The nodes of a list of the answer {@code data}. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(Map<String, Object> data, String list) {
		return (List<Map<String, Object>>) ((Map<String, Object>) data.get(list)).get("nodes");
	}

}
