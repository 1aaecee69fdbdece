package org.integritygraph.edit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.security.Role;
import org.integritygraph.security.TokenIssuer;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing API end to end over HTTP, on the suite's Neo4j with the small city of {@code edit/city.jsonl}
 * loaded afresh before each test, as an editor (mutations) and an auditor (the audit trail). Every subclass
 * shares one application context.
 */
// The first run of a report or trace query includes its planning, slow on a busy machine.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "integrity.sample.enabled=false", "integrity.query-timeout=120s",
				"integrity.known-at.timeout=120s" })
abstract class EditingTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@LocalServerPort
	int port;

	/** The subject of the editor's token, whom the audit trail names. */
	static final String EDITOR = "editor-wang";

	@Autowired
	TokenIssuer issuer;

	/** An editor's client: mutations and ordinary reads. */
	GraphQlClient graphQl;

	/** An auditor's client: the audit log, history, the change feed. */
	GraphQlClient auditor;

	@BeforeEach
	void loadFixture() {
		TestNeo4j.resetGraph();
		TestNeo4j.load(fixture());
		this.graphQl = client(Role.EDITOR, EDITOR);
		this.auditor = client(Role.AUDITOR, "auditor-li");
	}

	/** A client with a token of {@code role}; {@link Role#PUBLIC} for none. */
	GraphQlClient client(Role role, String subject) {
		var client = new GraphQlClient(this.port);
		return (role == Role.PUBLIC) ? client
				: client.withToken(this.issuer.issue(role, subject, List.of(), Duration.ofHours(1)));
	}

	/** The JSON Lines loaded before each test. */
	String fixture() {
		return "edit/city.jsonl";
	}

	/** The answer to the editor's request, which must have no GraphQL errors. */
	DocumentContext post(String document, Map<String, Object> variables) {
		return withoutErrors(this.graphQl.post(document, variables));
	}

	/** The answer to the auditor's request, which must have no GraphQL errors. */
	DocumentContext audit(String document, Map<String, Object> variables) {
		return withoutErrors(this.auditor.post(document, variables));
	}

	DocumentContext audit(String document) {
		return audit(document, Map.of());
	}

	static DocumentContext withoutErrors(DocumentContext response) {
		Map<String, Object> json = response.json();
		assertThat(json).as("GraphQL errors in %s", response.jsonString()).doesNotContainKey("errors");
		return response;
	}

	DocumentContext post(String document) {
		return post(document, Map.of());
	}

	/** The codes of the payload's user errors under {@code mutation}. */
	static List<String> errorCodes(DocumentContext response, String mutation) {
		return response.read("$.data." + mutation + ".userErrors[*].code");
	}

}
