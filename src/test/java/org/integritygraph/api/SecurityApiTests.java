package org.integritygraph.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.Database;
import org.integritygraph.model.Visibility;
import org.integritygraph.model.entity.Record;
import org.integritygraph.security.Role;
import org.integritygraph.security.TokenIssuer;
import org.integritygraph.system.WarmUps;
import org.integritygraph.support.GraphSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles, the disclosure rules over HTTP and the hardened endpoint, on the sample (青禾市): each query and
 * download as each role, exactly what comes back; tokens that must be refused; each limit refused before any
 * query runs; injection strings that change nothing.
 */
@ApiTest
class SecurityApiTests {

	private static final String RECORDS = "{ records(first: 100) { totalCount nodes { id } } }";

	@LocalServerPort
	int port;

	@Autowired
	TokenIssuer issuer;

	@Autowired
	GraphReader reader;

	@Autowired
	WarmUps warmUps;

	@BeforeEach
	void warmUpOver() {
		// the warm-ups read through the same counted reader after start-up: counts begin once they are over
		this.warmUps.done().handle((took, failure) -> took).join();
	}

	@Autowired
	Driver driver;

	@Autowired
	Database database;

	@Autowired
	org.integritygraph.graph.Dates dates;

	// ---- who sees what ---------------------------------------------------------------------------------

	@ParameterizedTest
	@EnumSource(Role.class)
	void records_andTheirCount_areThoseTheRulesMakePublic_forThePublic_allForInternalRoles(Role role) {
		var answer = post(role, RECORDS);
		List<String> ids = answer.read("$.data.records.nodes[*].id");
		var all = sampleRecords();
		var expected = (role == Role.PUBLIC)
				? all.stream().filter(r -> Visibility.isPublic(r, this.dates.today())).map(Record::id).toList()
				: all.stream().map(Record::id).toList();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(answer.<Integer>read("$.data.records.totalCount")).isEqualTo(expected.size());
		if (role == Role.PUBLIC) {
			// by status, whatever the date: expired, revoked, repaired, exempted, under objection
			assertThat(ids).doesNotContain("rc-cheng-hao-accountability", "rc-devzone-stats", "rc-lutang-stats-fraud",
					"rc-wen-zijian-exempted", "rc-river-avail-overdue");
		}
		else {
			assertThat(ids).hasSize(all.size());
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void lookups_search_andRelationshipFields_hideWhatThePublicMayNotSee(Role role) {
		var internal = role != Role.PUBLIC;
		var answer = post(role, """
				{
				  revoked: record(id: "rc-devzone-stats") { id }
				  expired: node(id: "rc-cheng-hao-accountability") { id }
				  several: nodes(ids: ["rc-cheng-hao-accountability", "pe-cheng-hao"]) { id }
				  found: search(text: "诫勉") { totalCount edges { node { id } } }
				  person(id: "pe-cheng-hao") { name gender records { id } }
				  broken: record(id: "rc-ringroad-broken") { events { kind actor reason } }
				  project(id: "pj-ring-road-ppp") { records { id } }
				  trace: responsibilityTrace(recordId: "rc-cheng-hao-accountability") { acts { kind } }
				  neighbourhood(id: "pe-cheng-hao", relationshipTypes: [AGAINST]) { groups { type totalCount } }
				}""");
		assertThat(answer.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		if (internal) {
			assertThat(answer.<String>read("$.data.revoked.id")).isEqualTo("rc-devzone-stats");
			assertThat(answer.<String>read("$.data.expired.id")).isEqualTo("rc-cheng-hao-accountability");
			assertThat(answer.<List<String>>read("$.data.several[*].id")).containsExactly("rc-cheng-hao-accountability",
					"pe-cheng-hao");
			assertThat(answer.<List<String>>read("$.data.found.edges[*].node.id")).contains("rc-cheng-hao-accountability");
			assertThat(answer.<String>read("$.data.person.gender")).isEqualTo("M");
			assertThat(answer.<List<String>>read("$.data.person.records[*].id")).containsExactly("rc-cheng-hao-accountability");
			assertThat(answer.<List<String>>read("$.data.broken.events[*].kind")).containsExactly("RECORDED",
					"OBJECTION_FILED", "OBJECTION_REJECTED");
			assertThat(answer.<List<String>>read("$.data.broken.events[*].reason")).doesNotContainNull();
			assertThat(answer.<List<String>>read("$.data.project.records[*].id")).contains("rc-ringroad-broken",
					"rc-cheng-hao-accountability");
			assertThat(answer.<Object>read("$.data.trace")).isNotNull();
			assertThat(answer.<List<Integer>>read("$.data.neighbourhood.groups[*].totalCount")).containsExactly(1);
		}
		else {
			assertThat(answer.<Object>read("$.data.revoked")).isNull();
			assertThat(answer.<Object>read("$.data.expired")).isNull();
			assertThat(answer.<List<Object>>read("$.data.several")).containsExactly(null, Map.of("id", "pe-cheng-hao"));
			assertThat(answer.<Integer>read("$.data.found.totalCount")).isZero();
			assertThat(answer.<String>read("$.data.person.name")).isEqualTo("程浩");
			assertThat(answer.<Object>read("$.data.person.gender")).isNull();
			assertThat(answer.<List<String>>read("$.data.person.records")).isEmpty();
			assertThat(answer.<List<String>>read("$.data.broken.events[*].kind")).containsExactly("RECORDED");
			assertThat(answer.<List<Object>>read("$.data.broken.events[*].actor")).containsExactly((Object) null);
			assertThat(answer.<List<Object>>read("$.data.broken.events[*].reason")).containsExactly((Object) null);
			assertThat(answer.<List<String>>read("$.data.project.records[*].id")).contains("rc-ringroad-broken")
				.doesNotContain("rc-cheng-hao-accountability");
			assertThat(answer.<Object>read("$.data.trace")).isNull();
			assertThat(answer.<List<Object>>read("$.data.neighbourhood.groups")).isEmpty();
		}
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void reportDownloads_leaveOutHiddenRecordsAndObjectionDetails_forThePublic(Role role) {
		var markdown = get(role, "/reports/projects/pj-ring-road-ppp.md");
		assertThat(markdown.getStatusCode().value()).isEqualTo(200);
		assertThat(markdown.getBody()).contains("市交通运输局拒不履行PPP补充协议约定的运营绩效补贴支付义务");
		if (role == Role.PUBLIC) {
			assertThat(markdown.getBody()).doesNotContain("对市交通运输局局长程浩诫勉问责", "提出异议");
		}
		else {
			assertThat(markdown.getBody()).contains("对市交通运输局局长程浩诫勉问责", "提出异议 (青禾市交通运输局)");
		}
	}

	// ---- tokens ------------------------------------------------------------------------------------------

	@Test
	void badTokens_areRefused401_withoutAnyQuery() {
		var now = Instant.now();
		var valid = this.issuer.issue(Role.INVESTIGATOR, "someone", List.of(), Duration.ofMinutes(5));
		var parts = valid.split("\\.");
		var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("investigator", "admin");
		var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
		var claims = new JWTClaimsSet.Builder().subject("someone")
			.issuer("integrity-graph-local")
			.audience("integrity-graph")
			.claim("roles", List.of("investigator"));
		var tokens = new LinkedHashMap<String, String>();
		tokens.put("expired", this.issuer.sign(claims.issueTime(Date.from(now.minusSeconds(7200)))
			.expirationTime(Date.from(now.minusSeconds(3600)))
			.build()));
		tokens.put("alg none", new PlainJWT(claims.expirationTime(Date.from(now.plusSeconds(600))).build()).serialize());
		tokens.put("tampered", tampered);
		tokens.put("wrong issuer", this.issuer.sign(claims.issuer("someone-else").build()));
		tokens.put("wrong audience",
				this.issuer.sign(claims.issuer("integrity-graph-local").audience("another-service").build()));
		tokens.put("garbage", "not.a.token");
		var before = this.reader.queriesExecuted();
		tokens.forEach((name, token) -> {
			var response = http().post()
				.uri("/graphql")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("query", RECORDS))
				.retrieve()
				.onStatus(status -> true, (request, reply) -> {
				})
				.toEntity(String.class);
			assertThat(response.getStatusCode().value()).as(name).isEqualTo(401);
			assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(name).startsWith("Bearer");
		});
		assertThat(this.reader.queriesExecuted()).isEqualTo(before);
	}

	@Test
	void schemaDownload_introspection_andHealthDetails_needAnInternalRole() {
		assertThat(get(Role.PUBLIC, "/graphql/schema").getStatusCode().value()).isEqualTo(401);
		assertThat(get(Role.INVESTIGATOR, "/graphql/schema").getBody()).contains("type Query");
		var introspection = "{ __schema { queryType { name } } }";
		assertThat(post(Role.PUBLIC, introspection).<String>read("$.errors[0].message")).isNotBlank();
		assertThat(post(Role.INVESTIGATOR, introspection).<String>read("$.data.__schema.queryType.name")).isEqualTo("Query");
		assertThat(get(Role.PUBLIC, "/actuator/health").getBody()).contains("\"status\":\"UP\"").doesNotContain("neo4j",
				"diskSpace");
		assertThat(get(Role.ADMIN, "/actuator/health").getBody()).contains("neo4j");
	}

	// ---- limits ------------------------------------------------------------------------------------------

	@Test
	void floodsOfNestingAliasesAndFields_areRefusedBeforeAnyQuery_namingTheLimit() {
		// the probe's query, nested twice: within the depth, far over the budget (100 × 20⁵ rows)
		var abuse = "{ bodies(first: 100) { nodes { posts { " + "holderHistory { person { tenures { post { "
				+ "holderHistory { person { id } } } } } } } } } }";
		var deep = "{ post(id: \"po-city-mayor\") { " + "reportsTo { ".repeat(15) + "id" + " }".repeat(15) + " } }";
		var aliases = "{ body(id: \"bd-city\") { " + IntStream.range(0, 31).mapToObj(i -> "a" + i + ": name")
			.collect(Collectors.joining(" ")) + " } }";
		var roots = "{ " + IntStream.range(0, 21).mapToObj(i -> "b" + i + ": body(id: \"bd-city\") { id }")
			.collect(Collectors.joining(" ")) + " }";
		var traces = "{ ...T } fragment T on Query { " + IntStream.range(0, 21)
			.mapToObj(i -> "t" + i + ": leadershipChain(postId: \"po-city-mayor\") { chains { steps { post { id } } } }")
			.collect(Collectors.joining(" ")) + " }";
		var cases = Map.of(abuse, "maxComplexity", deep, "maxDepth", aliases, "maxAliases", roots, "maxRootFields",
				traces, "maxRootFields");
		var before = this.reader.queriesExecuted();
		cases.forEach((document, limit) -> {
			var answer = post(Role.PUBLIC, document);
			assertThat(answer.<Map<String, Object>>read("$").get("data")).as(limit).isNull();
			assertThat(answer.<String>read("$.errors[0].extensions.classification")).as(limit).isEqualTo("BAD_REQUEST");
			assertThat(answer.<String>read("$.errors[0].extensions.limit")).as(limit).isEqualTo(limit);
			assertThat(answer.<String>read("$.errors[0].message")).as(limit).contains(limit + " = ");
		});
		assertThat(this.reader.queriesExecuted()).isEqualTo(before);
	}

	@Test
	void theSameOperationText_isMeasuredAgainstTheLimitsOnEveryRequest_withItsOwnVariables() {
		// cost 1 + n × 16,822: within maxComplexity = 50,000 for n = 2, over it for n = 3
		var document = "query($n: Int) { bodies(first: $n) { nodes { posts { holderHistory { person { tenures { "
				+ "post { id } } } } } } } }";
		for (int round = 0; round < 2; round++) {
			var within = post(Role.PUBLIC, document, Map.of("n", 2));
			assertThat(within.<List<?>>read("$.data.bodies.nodes")).hasSize(2);
			var before = this.reader.queriesExecuted();
			var over = post(Role.PUBLIC, document, Map.of("n", 3));
			assertThat(over.<Map<String, Object>>read("$").get("data")).isNull();
			assertThat(over.<String>read("$.errors[0].extensions.limit")).isEqualTo("maxComplexity");
			assertThat(over.<Integer>read("$.errors[0].extensions.value")).isEqualTo(50_467);
			assertThat(this.reader.queriesExecuted()).isEqualTo(before);
		}
	}

	@Test
	void documentsOverTheParserLimits_bodiesOverTheSizeLimit_andBatches_areRefusedBeforeAnyQuery() {
		var before = this.reader.queriesExecuted();
		var manyTokens = "{ " + "a ".repeat(5001) + "}";
		assertThat(post(Role.PUBLIC, manyTokens).<String>read("$.errors[0].message")).containsAnyOf("5,000", "5000");
		var longComment = "# " + "x".repeat(40_001) + "\n{ __typename }";
		assertThat(post(Role.PUBLIC, longComment).<String>read("$.errors[0].message")).containsAnyOf("40,000", "40000");
		var tooLarge = http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ __typename }", "variables", Map.of("padding", "x".repeat(70_000))))
			.retrieve()
			.onStatus(status -> true, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
		var batch = http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of(Map.of("query", RECORDS), Map.of("query", RECORDS)))
			.retrieve()
			.onStatus(status -> true, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(batch.getStatusCode().value()).isEqualTo(400);
		assertThat(this.reader.queriesExecuted()).isEqualTo(before);
	}

	// ---- input -------------------------------------------------------------------------------------------

	@Test
	void luceneOperatorsAsSearchText_areSearchedNotFailed() {
		for (var text : List.of("OR", "NOT", "AND NOT", "a OR b", "\"unbalanced", "(", "*", "AND")) {
			var answer = post(Role.PUBLIC, "query($t: String!) { search(text: $t) { totalCount } }", Map.of("t", text));
			var classification = classifications(answer);
			assertThat(classification).as(text).doesNotContain("INTERNAL_ERROR");
			if (classification.isEmpty()) {
				assertThat(answer.<Integer>read("$.data.search.totalCount")).as(text).isNotNegative();
			}
			else {
				assertThat(classification).as(text).containsOnly("BAD_REQUEST");
			}
		}
	}

	@Test
	void impossibleDates_areRejected() {
		for (var date : List.of("2020-02-30", "2021-13-01", "2021-06-31")) {
			var answer = post(Role.PUBLIC, "query($at: Date) { body(id: \"bd-city\") { leaders(at: $at) { from } } }",
					Map.of("at", date));
			assertThat(answer.<Map<String, Object>>read("$").get("data")).as(date).isNull();
			assertThat(answer.<String>read("$.errors[0].extensions.classification")).as(date).isEqualTo("ValidationError");
		}
		var literal = post(Role.PUBLIC, "{ body(id: \"bd-city\") { leaders(at: \"2020-02-30\") { from } } }");
		assertThat(literal.<String>read("$.errors[0].extensions.classification")).isEqualTo("ValidationError");
	}

	@Test
	void injectionStrings_inEveryStringArgument_leaveTheGraphUnchanged() {
		var before = GraphSnapshot.of(this.driver, this.database);
		var injections = List.of("x' }) MATCH (n) DETACH DELETE n //", "\") MATCH (n) DETACH DELETE n RETURN 1 //",
				"*/ MATCH (n) SET n.hacked = true /*", "$ids", "x`]) DETACH DELETE n //", "\\u0027; DROP", "{id: 1}");
		var document = """
				query($s: String!, $ids: [ID!]!) {
				  body(id: $s) { id } node(id: $s) { id } nodes(ids: $ids) { id }
				  search(text: $s) { totalCount }
				  bodies(filter: { name: $s, parentId: $s, divisionCode: $s }, after: $s) { totalCount }
				  persons(filter: { name: $s }) { totalCount }
				  records(filter: { againstId: $s, issuerId: $s }) { totalCount }
				  projects(filter: { name: $s, ownerId: $s }) { totalCount }
				  contracts(filter: { projectId: $s, partyId: $s }) { totalCount }
				  commitments(filter: { bodyId: $s }) { totalCount }
				  leadershipChain(postId: $s) { chains { truncated } }
				}""";
		for (var injection : injections) {
			for (var role : List.of(Role.PUBLIC, Role.ADMIN)) {
				var answer = post(role, document, Map.of("s", injection, "ids", List.of(injection)));
				assertThat(classifications(answer)).as(injection).doesNotContain("INTERNAL_ERROR");
			}
		}
		assertThat(GraphSnapshot.of(this.driver, this.database)).isEqualTo(before);
	}

	// ---- HTTP --------------------------------------------------------------------------------------------

	@Test
	void responses_carrySecurityHeaders_andCorsAnswersOnlyTheConfiguredPortal() {
		var response = http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ __typename }"))
			.retrieve()
			.toEntity(String.class);
		var headers = response.getHeaders();
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
		var preflight = http().options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://portal.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.retrieve()
			.onStatus(status -> true, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(preflight.getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://portal.example");
		var stranger = http().options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.retrieve()
			.onStatus(status -> true, (request, reply) -> {
			})
			.toEntity(String.class);
		assertThat(stranger.getStatusCode().value()).isEqualTo(403);
	}

	// ---- helpers -----------------------------------------------------------------------------------------

	private static List<String> classifications(DocumentContext answer) {
		var errors = answer.<Map<String, Object>>read("$").get("errors");
		return (errors == null) ? List.of() : answer.read("$.errors[*].extensions.classification");
	}

	private RestClient http() {
		return RestClient.builder().baseUrl("http://localhost:" + this.port).build();
	}

	private DocumentContext post(Role role, String document) {
		return post(role, document, Map.of());
	}

	private DocumentContext post(Role role, String document, Map<String, Object> variables) {
		var response = http().post()
			.uri("/graphql")
			.headers(headers -> {
				if (role != Role.PUBLIC) {
					headers.setBearerAuth(this.issuer.issue(role, "test-" + role, List.of(), Duration.ofMinutes(10)));
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", document, "variables", variables))
			.retrieve()
			.onStatus(status -> true, (request, reply) -> {
			})
			.toEntity(String.class);
		return JsonPath.parse(response.getBody());
	}

	private ResponseEntity<String> get(Role role, String path) {
		return http().get()
			.uri(path)
			.headers(headers -> {
				if (role != Role.PUBLIC) {
					headers.setBearerAuth(this.issuer.issue(role, "test-" + role, List.of(), Duration.ofMinutes(10)));
				}
			})
			.retrieve()
			.onStatus(status -> true, (request, reply) -> {
			})
			.toEntity(String.class);
	}

	/** The records of the sample file, read as the read model. */
	private static List<Record> sampleRecords() {
		try (Stream<String> lines = new ClassPathResource("sample/sample-city.jsonl").getContentAsString(StandardCharsets.UTF_8)
			.lines()) {
			return lines.filter(line -> line.contains("\"node\":\"Record\""))
				.map(line -> JsonPath.parse(line))
				.map(json -> new Record(json.read("$.id"), json.read("$.kind"), json.read("$.severity"),
						json.read("$.status"), json.read("$.title"), null,
						java.time.LocalDate.parse(json.<String>read("$.decidedOn")),
						java.time.LocalDate.parse(json.<String>read("$.disclosureUntil")), null, null, null, 0))
				.toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
