package org.integritygraph.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.integritygraph.system.WarmUpPass;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warm-ups' HTTP client to this service's own GraphQL endpoint on {@code localhost}: every request carries
 * the {@link WarmUpPass} (not counted against the rate of the loopback address), one at a time, answers discarded.
 */
final class LoopbackClient implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/**
	 * A client as most send them: offering HTTP/2 (on plain HTTP the {@code Upgrade: h2c} headers), for the
	 * server's reading of other headers than the first client's.
	 */
	private final HttpClient offeringHttp2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI graphql;

	private final WarmUpPass pass;

	LoopbackClient(int port, WarmUpPass pass) {
		this.graphql = URI.create("http://localhost:" + port + "/graphql");
		this.pass = pass;
	}

	/**
	 * Posts the GraphQL request {@code body} (its document and variables), with {@code bearer} as the token when
	 * not null; answers the HTTP status.
	 */
	int post(Map<String, Object> body, String bearer) throws IOException, InterruptedException {
		return post(body, bearer, false);
	}

	/**
	 * {@link #post(Map, String)}, {@code asOthers} as other clients send it: offering HTTP/2, the JSON indented
	 * (the server's reading of headers and JSON takes other branches for them).
	 */
	int post(Map<String, Object> body, String bearer, boolean asOthers) throws IOException, InterruptedException {
		var json = asOthers ? this.json.writerWithDefaultPrettyPrinter().writeValueAsString(body)
				: this.json.writeValueAsString(body);
		var request = HttpRequest.newBuilder(this.graphql)
			.header("Content-Type", "application/json")
			.header(WarmUpPass.HEADER, this.pass.value())
			.timeout(TIMEOUT)
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return (asOthers ? this.offeringHttp2 : this.client).send(request.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/** Gets {@code uri} (a health probe's), whatever it answers. */
	void get(URI uri) throws IOException, InterruptedException {
		this.client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
	}

	@Override
	public void close() {
		this.client.close();
		this.offeringHttp2.close();
	}

}
