package org.integritygraph.api;

import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Posts GraphQL documents to the running application over HTTP, as a portal would. */
public final class GraphQlClient {

	private final RestClient http;

	public GraphQlClient(int port) {
		this.http = RestClient.builder().baseUrl("http://localhost:" + port).build();
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
