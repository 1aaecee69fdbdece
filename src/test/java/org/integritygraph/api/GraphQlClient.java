package org.integritygraph.api;

import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Posts GraphQL documents to the running application over HTTP, as a portal would: anonymously (the public), or
 * with a bearer token ({@link #withToken(String)}).
 */
public final class GraphQlClient {

	private final int port;

	private final RestClient http;

	public GraphQlClient(int port) {
		this(port, null);
	}

	private GraphQlClient(int port, String token) {
		this.port = port;
		var builder = RestClient.builder().baseUrl("http://localhost:" + port);
		if (token != null) {
			builder.defaultHeader("Authorization", "Bearer " + token);
		}
		this.http = builder.build();
	}

	/** The same client sending {@code token} as its bearer token. */
	public GraphQlClient withToken(String token) {
		return new GraphQlClient(this.port, token);
	}

	/** A client with a local token of an investigator, who sees everything. */
	public static GraphQlClient investigator(int port, org.integritygraph.security.TokenIssuer issuer) {
		return new GraphQlClient(port).withToken(issuer.issue(org.integritygraph.security.Role.INVESTIGATOR,
				"test-investigator", java.util.List.of(), java.time.Duration.ofHours(1)));
	}

	/** The whole JSON response ({@code data} and {@code errors}) for JsonPath assertions. */
	public DocumentContext post(String document, Map<String, Object> variables) {
		String body = this.http.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(Map.of("query", document, "variables", variables))
			.retrieve()
			.body(String.class);
		return JsonPath.parse(body);
	}

	public DocumentContext post(String document) {
		return post(document, Map.of());
	}

	public String get(String path) {
		return this.http.get().uri(path).retrieve().body(String.class);
	}

}
