package org.integritygraph.trace;

import org.integritygraph.support.TestNeo4j;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The tracing operations end to end: HTTP, GraphQL schema, controller, service and Cypher (fixture {@code city}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "integrity.sample.enabled=false")
class TraceGraphQlTest {

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@LocalServerPort
	private int port;

	@org.springframework.beans.factory.annotation.Autowired
	private org.integritygraph.security.TokenIssuer issuer;

	private HttpGraphQlTester graphQl;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl");
	}

	@BeforeEach
	void connect() {
		// The first run of each trace query includes its planning, slow on a busy machine.
		this.graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			// the traces as investigators see them (the public's view: SecurityApiTests)
			.defaultHeader("Authorization", "Bearer " + this.issuer.issue(org.integritygraph.security.Role.INVESTIGATOR,
					"trace-test", java.util.List.of(), Duration.ofHours(1)))
			.responseTimeout(Duration.ofSeconds(60))
			.build());
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.beans.factory.ObjectProvider<org.integritygraph.graph.InProcessReads> inProcessReads;

	@Test
	void anExternalServer_isReadOverBolt() {
		// NEO4J_URI set: no embedded database, so no reads in the process (ReadApiTests: the embedded one)
		assertThat(this.inProcessReads.getIfAvailable()).isNull();
	}

	@Test
	void leadershipChain_answersWithOneChainPerConcurrentPost() {
		this.graphQl.documentName("leadershipChain")
			.variable("personId", "pe-he-xi")
			.variable("at", "2019-05-01")
			.execute()
			.path("leadershipChain.person.name").entity(String.class).isEqualTo("何西")
			.path("leadershipChain.at").entity(String.class).isEqualTo("2019-05-01")
			.path("leadershipChain.chains[*].steps[*].post.title").entityList(String.class)
			.containsExactly("局长", "副市长(乙)", "市长", "副主任", "主任", "副市长(甲)", "市长")
			.path("leadershipChain.chains[1].steps[1].holders[0].person.name").entity(String.class).isEqualTo("孙北")
			// resolved by the read API's own Post.body, as the chain carries the Post read model
			.path("leadershipChain.chains[1].steps[1].post.body.name").entity(String.class).isEqualTo("青禾市发展和改革委员会")
			.path("leadershipChain.chains[1].steps[1].holders[0].tenureFrom").entity(String.class).isEqualTo("2019-03-01")
			.path("leadershipChain.chains[1].steps[1].reportsTo.validTo").entity(String.class).isEqualTo("2020-01-01")
			.path("leadershipChain.chains[*].reachesPrincipal").entityList(Boolean.class).containsExactly(true, true)
			.path("leadershipChain.graph.edges[?(@.type == 'REPORTS_TO')]").entityList(Map.class).hasSize(5);
	}

	@Test
	void leadershipChain_flagsACycle() {
		this.graphQl.documentName("leadershipChain")
			.variable("postId", "po-loop-1")
			.variable("at", "2020-01-01")
			.execute()
			.path("leadershipChain.chains[0].cycle").entity(Boolean.class).isEqualTo(true)
			.path("leadershipChain.chains[0].cycleAt.id").entity(String.class).isEqualTo("po-loop-2")
			.path("leadershipChain.chains[0].steps[*].post.id").entityList(String.class)
			.containsExactly("po-loop-1", "po-loop-2", "po-loop-3");
	}

	@Test
	void leadershipChain_ofAnUnknownIdIsNullWithoutError() {
		this.graphQl.documentName("leadershipChain")
			.variable("personId", "pe-nobody")
			.execute()
			.errors().verify()
			.path("leadershipChain").valueIsNull();
	}

	@Test
	void leadershipChain_rejectsBothIdsAsABadRequestNamingTheArgument() {
		this.graphQl.documentName("leadershipChain")
			.variable("personId", "pe-he-xi")
			.variable("postId", "po-mayor")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).contains("exactly one of personId and postId");
				assertThat(errors.getFirst().getExtensions()).containsEntry("classification", "BAD_REQUEST")
					.containsEntry("argument", "personId");
			});
	}

	@Test
	void projectAccountability_answersWhoWasResponsibleInEachPhaseAndToWhom() {
		this.graphQl.documentName("projectAccountability")
			.variable("projectId", "pj-sewage")
			.variable("at", "2024-01-01")
			.execute()
			.path("projectAccountability.phases[*].phase.stage").entityList(String.class)
			.containsExactly("IDENTIFICATION", "PREPARATION", "PROCUREMENT", "EXECUTION")
			.path("projectAccountability.phases[1].responsibilities[0].holders[*].person.name").entityList(String.class)
			.containsExactly("陈东", "孙北")
			.path("projectAccountability.phases[1].responsibilities[0].holders[1].overlapFrom").entity(String.class)
			.isEqualTo("2019-03-01")
			.path("projectAccountability.phases[1].responsibilities[0].holders[1].chain.steps[*].post.title")
			.entityList(String.class).containsExactly("主任", "副市长(甲)", "市长")
			.path("projectAccountability.phases[2].responsibilities[0].person.name").entity(String.class).isEqualTo("何西")
			.path("projectAccountability.signatures[0].actor.name").entity(String.class).isEqualTo("孙北")
			.path("projectAccountability.decisions[*].actor.name").entityList(String.class)
			.containsExactly("青禾市人民政府", "林木");
	}

	@Test
	void responsibilityTrace_answersWhoSignedWhoAnsweredThenAndWhoAnswersNow() {
		this.graphQl.documentName("responsibilityTrace")
			.variable("commitmentId", "cm-payment")
			.variable("at", "2026-06-01")
			.execute()
			.path("responsibilityTrace.today").entity(String.class).isEqualTo("2026-06-01")
			.path("responsibilityTrace.acts[*].kind").entityList(String.class)
			.containsExactly("RESPONSIBLE", "SIGNED", "MADE", "FELL_DUE")
			.path("responsibilityTrace.acts[1].actor.name").entity(String.class).isEqualTo("周南")
			.path("responsibilityTrace.acts[1].answerable[0].chain.steps[*].holders[0].person.name")
			.entityList(String.class).containsExactly("周南", "孙北", "王平", "林木")
			.path("responsibilityTrace.acts[1].answerable[0].today[0].basis").entity(String.class)
			.isEqualTo("SUCCESSOR_POST")
			.path("responsibilityTrace.acts[1].answerable[0].today[0].holders[0].person.name").entity(String.class)
			.isEqualTo("吴中")
			.path("responsibilityTrace.acts[1].answerable[0].today[0].via[0].type").entity(String.class)
			.isEqualTo("SUCCEEDED_BY")
			.path("responsibilityTrace.answerableToday[*].holders[0].person.name").entityList(String.class)
			.containsExactly("何西", "钱江", "吴中");
	}

	@Test
	void responsibilityTrace_ofARecordAgainstABodyReachesItsPrincipalLeaderNow() {
		this.graphQl.documentName("responsibilityTrace")
			.variable("recordId", "rc-judgment")
			.variable("at", "2026-06-01")
			.execute()
			.path("responsibilityTrace.acts[0].actor.name").entity(String.class).isEqualTo("青禾市发展和改革委员会")
			.path("responsibilityTrace.acts[0].answerable[0].holders[0].person.name").entity(String.class).isEqualTo("孙北")
			.path("responsibilityTrace.acts[0].answerable[0].today[0].holders[0].person.name").entity(String.class)
			.isEqualTo("钱江")
			.path("responsibilityTrace.acts[0].answerable[0].today[0].body.name").entity(String.class)
			.isEqualTo("青禾市发展和改革局");
	}

	@Test
	void overdueCommitments_includeInheritedOnes() {
		this.graphQl.documentName("overdueCommitments")
			.variable("bodyId", "bd-fgj")
			.variable("at", "2023-06-01")
			.execute()
			.path("overdueCommitments.commitments[*].commitment.id").entityList(String.class)
			.containsExactly("cm-payment", "cm-late")
			.path("overdueCommitments.commitments[0].statusOn").entity(String.class).isEqualTo("BROKEN")
			.path("overdueCommitments.commitments[0].inheritedThrough[0].on").entity(String.class).isEqualTo("2022-01-01")
			.path("overdueCommitments.totalCount").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void connections_returnPathsWithTheirDates() {
		this.graphQl.documentName("connections")
			.variable("fromId", "pe-zhou-nan")
			.variable("toId", "91990100MA0000001X")
			.variable("maxHops", 6)
			.variable("types", List.of("HELD", "IN", "PARTY"))
			.execute()
			.path("connections.from.name").entity(String.class).isEqualTo("周南")
			.path("connections.to.name").entity(String.class).isEqualTo("青禾水务有限公司")
			.path("connections.paths[0].nodes[*].id").entityList(String.class)
			.containsExactly("pe-zhou-nan", "po-fgw-economist", "bd-fgw", "ct-sewage", "91990100MA0000001X")
			.path("connections.paths[0].edges[0].validFrom").entity(String.class).isEqualTo("2016-01-01");
	}

	@Test
	void connections_rejectMoreThanSixHops() {
		this.graphQl.documentName("connections")
			.variable("fromId", "pe-zhou-nan")
			.variable("toId", "91990100MA0000001X")
			.variable("maxHops", 7)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
					.containsEntry("argument", "maxHops")));
	}

	@Test
	void connections_rejectAnUnknownRelationshipType() {
		this.graphQl.documentName("connections")
			.variable("fromId", "pe-zhou-nan")
			.variable("toId", "91990100MA0000001X")
			.variable("types", List.of("KNOWS"))
			.execute()
			.errors()
			// TraceRelationship is the model's allow-list of types: GraphQL itself refuses any other value
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> {
					assertThat(error.getExtensions()).containsEntry("classification", "ValidationError");
					assertThat(error.getMessage()).contains("KNOWS", "TraceRelationship");
				}));
	}

	@Test
	void neighbourhood_pagesTheLinksOfEachType() {
		this.graphQl.documentName("neighbourhood")
			.variable("id", "bd-fgw")
			.variable("types", List.of("IN"))
			.variable("first", 2)
			.execute()
			.path("neighbourhood.groups[0].totalCount").entity(Integer.class).isEqualTo(4)
			.path("neighbourhood.groups[0].neighbours[*].node.name").entityList(String.class)
			.containsExactly("副主任", "主任")
			.path("neighbourhood.groups[0].hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void neighbourhood_rejectsADepthOverThree() {
		this.graphQl.documentName("neighbourhood")
			.variable("id", "bd-fgw")
			.variable("depth", 4)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
					.containsEntry("argument", "depth")));
	}

}
