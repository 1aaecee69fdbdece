package org.integritygraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.Database;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InProcessReads;
import org.integritygraph.security.TokenIssuer;
import org.integritygraph.support.GraphSnapshot;
import org.integritygraph.system.WarmUps;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API over HTTP on the sample dataset (青禾市, fictional), as loaded at the first start. */
@ApiTest
class ReadApiTests {

	@LocalServerPort
	int port;

	@Autowired
	GraphReader reader;

	@Autowired
	TokenIssuer issuer;

	GraphQlClient graphQl;

	@Autowired
	WarmUps warmUps;

	@Autowired
	ObjectProvider<InProcessReads> inProcessReads;

	@BeforeEach
	void client() {
		// the read API over the whole graph: an investigator sees everything (DisclosureApiTests: the public)
		this.graphQl = GraphQlClient.investigator(this.port, this.issuer);
		// the warm-ups read through the same counted reader after start-up: counts begin once they are over
		this.warmUps.done().handle((took, failure) -> took).join();
	}

	@Test
	void theEmbeddedDatabase_isReadInTheProcess_andAnswersAsOverBolt() {
		assertThat(this.inProcessReads.getIfAvailable()).isNotNull();
		var before = this.reader.queriesExecuted();
		var answer = this.graphQl.post("{ body(id: \"bd-city-water\") { name posts { title } } }");
		assertThat(answer.<String>read("$.data.body.name")).isNotBlank();
		assertThat(answer.<List<String>>read("$.data.body.posts[*].title")).isNotEmpty();
		assertThat(this.reader.queriesExecuted() - before).isEqualTo(2);
	}

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void aRequestIsObserved_itsFieldsAreNot() {
		var before = requests();
		this.graphQl.post("{ bodies(first: 2) { nodes { name posts { title } } } }");
		assertThat(requests()).isEqualTo(before + 1);
		assertThat(this.meters.find("graphql.datafetcher").meters()).isEmpty();
	}

	/** The GraphQL requests observed so far ({@code graphql.request}, whatever their outcome). */
	private long requests() {
		return this.meters.find("graphql.request").timers().stream().mapToLong(io.micrometer.core.instrument.Timer::count).sum();
	}

	@Autowired
	RequestWarmUp requestWarmUp;

	@Autowired
	Driver driver;

	@Autowired
	Database database;

	/** The application's own database (the embedded one), not the suite's shared server. */
	private GraphSnapshot snapshot() {
		return GraphSnapshot.of(this.driver, this.database);
	}

	@Test
	void theRequestWarmUp_runsItsRequestsWithoutError_andWritesNothing() {
		var before = snapshot();
		assertThat(before.nodes()).as("the sample dataset").isGreaterThan(100);
		assertThat(this.requestWarmUp.warmUp()).isPositive();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Autowired
	org.springframework.core.env.Environment environment;

	@Autowired
	org.integritygraph.system.WarmUpPass warmUpPass;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<org.springframework.graphql.execution.GraphQlSource> sources;

	@Test
	void theCompiledPathWarmUp_runsTheCommonRequestsOverHttpRoundAfterRound_allAnswered_andWritesNothing() {
		this.requestWarmUp.warmUp();
		var before = snapshot();
		var compiled = new CompiledPathWarmUp(this.requestWarmUp, this.environment, this.issuer, this.warmUpPass,
				java.time.Duration.ofSeconds(2), this.sources).compile();
		assertThat(snapshot()).isEqualTo(before);
		// the nested list, the lookup, the search, the four traces and a filtered list, a request with a mistake and
		// the two health probes, round after round, none refused
		assertThat(compiled.requests()).isEqualTo(11);
		assertThat(compiled.refusedWith()).isZero();
		assertThat(compiled.rounds()).isGreaterThan(1).isLessThanOrEqualTo(CompiledPathWarmUp.MAX_ROUNDS);
		assertThat(compiled.took()).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(2));
		// turned off (the tests' configuration): nothing runs
		assertThat(new CompiledPathWarmUp(this.requestWarmUp, this.environment, this.issuer, this.warmUpPass,
				java.time.Duration.ZERO, this.sources).compile().rounds()).isZero();
	}

	@Test
	void theRequestWarmUp_filtersEachListOnEachFieldOfItsFilter_andEachRequestAnswers() {
		var documents = RequestWarmUp.filteredLists(this.source.schema(), java.time.LocalDate.of(2020, 6, 1));
		// BodyFilter 7 fields, CommitmentFilter 5, ContractFilter 5, PersonFilter 1, ProjectFilter 5, RecordFilter 7;
		// not the audit log (its entries are not nodes, and it is not public); the bodies again with their posts and
		// holders, read ahead in the list's query; an enum field with each of its values (some match few rows, others
		// most)
		assertThat(documents).hasSize(90)
			.contains("{ bodies(filter: {kind: [GOVERNMENT]}, first: 10) { nodes { id } } }",
					"{ bodies(filter: {kind: [DEPARTMENT]}, first: 10) { nodes { id } } }",
					"{ records(filter: {kind: [COMMENDATION]}, first: 10) { nodes { id } } }",
					"{ bodies(filter: {kind: [GOVERNMENT]}, first: 10) { nodes { id posts { title holders { person { name } from } } } } }",
					"{ commitments(filter: {dueFrom: \"2020-06-01\"}, first: 10) { nodes { id } } }",
					"{ bodies(filter: {includeAbolished: true}, first: 10) { nodes { id } } }")
			.noneMatch(document -> document.contains("auditLog"));
		for (var document : documents) {
			var answer = this.graphQl.post(document, Map.of());
			assertThat(answer.<Map<String, Object>>read("$")).as(document).doesNotContainKey("errors");
			assertThat(answer.<List<Object>>read("$.data.*.nodes")).as(document).hasSize(1);
		}
	}

	@Autowired
	org.springframework.graphql.execution.GraphQlSource source;

	@Autowired
	org.springframework.graphql.server.WebGraphQlHandler handler;

	@Test
	void theRequestWarmUp_runsEachTraceOnARealSubject() {
		// each without error (a failed warm-up request throws), the overdue commitments on the city government
		assertThat(RequestWarmUp.traces(this.handler, "bd-city")).hasSize(4);
	}

	@Test
	void leaders_answerWhoLedTheBodyOnTheDate_withTheVacancyAsEmpty() {
		var query = Documents.read("leaders");
		assertThat(this.graphQl.post(query, Map.of("id", "bd-city-water", "at", "2019-01-01"))
			.<List<String>>read("$.data.body.leaders[*].person.name")).containsExactly("周海涛");
		assertThat(this.graphQl.post(query, Map.of("id", "bd-city-water", "at", "2020-03-01"))
			.<List<String>>read("$.data.body.leaders[*].person.name")).isEmpty();
		var after = this.graphQl.post(query, Map.of("id", "bd-city-water", "at", "2020-06-01"));
		assertThat(after.<List<String>>read("$.data.body.leaders[*].person.name")).containsExactly("吴静");
		assertThat(after.<String>read("$.data.body.leaders[0].from")).isEqualTo("2020-05-06");
		assertThat(after.<String>read("$.data.body.leaders[0].post.id")).isEqualTo("po-water-director");
	}

	@Test
	void aSelectionReadsOnlyItsFields_yetEveryFieldItSelectsAnswers_whateverThePathToIt() {
		// the post again through its tenures, the same posts twice under aliases, a field a controller computes
		var query = """
				{ body(id: "bd-city-water") { name
				    titles: posts { id title }
				    ids: posts { id holders(at: "2020-06-01") { from post { title principal } person { name } } }
				    commitments { id status } } }""";
		var answer = this.graphQl.post(query, Map.of());
		var titles = answer.<List<String>>read("$.data.body.titles[*].title");
		assertThat(titles).isNotEmpty().doesNotContainNull();
		assertThat(answer.<List<String>>read("$.data.body.ids[*].holders[*].post.title")).isNotEmpty()
			.doesNotContainNull()
			.isSubsetOf(titles);
		assertThat(answer.<List<String>>read("$.data.body.ids[*].holders[*].person.name")).contains("吴静");
		assertThat(answer.<List<Boolean>>read("$.data.body.ids[*].holders[*].post.principal")).contains(true);
		assertThat(answer.<String>read("$.data.body.name")).isNotBlank();
		// the whole node and only the fields asked for answer the same
		var whole = this.graphQl.post("""
				{ bodies(filter: { kind: [DEPARTMENT] }, first: 5) { nodes { id name kind level divisionCode uscc leaders { from } } } }""",
				Map.of());
		var some = this.graphQl.post("""
				{ bodies(filter: { kind: [DEPARTMENT] }, first: 5) { nodes { id name kind level divisionCode uscc } } }""",
				Map.of());
		for (var field : List.of("id", "name", "kind", "level", "divisionCode", "uscc")) {
			assertThat(some.<List<Object>>read("$.data.bodies.nodes[*]." + field)).as(field)
				.isEqualTo(whole.read("$.data.bodies.nodes[*]." + field));
		}
		assertThat(some.<List<String>>read("$.data.bodies.nodes[*].name")).hasSize(5).doesNotContainNull();
	}

	@Test
	void holders_areClosedOpen_aTenureEndingOnTheDateIsNotValidThatDay() {
		var query = """
				query($at: Date!) { post(id: "po-water-director") { holders(at: $at) { person { name } from to } } }""";
		assertThat(this.graphQl.post(query, Map.of("at", "2020-01-19"))
			.<List<String>>read("$.data.post.holders[*].person.name")).containsExactly("周海涛");
		assertThat(this.graphQl.post(query, Map.of("at", "2020-01-20"))
			.<List<String>>read("$.data.post.holders[*]")).isEmpty();
		assertThat(this.graphQl.post(query, Map.of("at", "2020-05-06"))
			.<List<String>>read("$.data.post.holders[*].person.name")).containsExactly("吴静");
	}

	@Test
	void reportsTo_followsTheReportingLineValidOnTheDate() {
		var query = """
				query($at: Date!) { post(id: "po-transport-director") { reportsTo(at: $at) { id reportsTo(at: $at) { id } } } }""";
		var before = this.graphQl.post(query, Map.of("at", "2021-06-30"));
		assertThat(before.<String>read("$.data.post.reportsTo.id")).isEqualTo("po-city-vm-a");
		assertThat(before.<String>read("$.data.post.reportsTo.reportsTo.id")).isEqualTo("po-city-mayor");
		assertThat(this.graphQl.post(query, Map.of("at", "2021-07-01")).<String>read("$.data.post.reportsTo.id"))
			.isEqualTo("po-city-vm-b");
	}

	@Test
	void postsHeld_listsConcurrentPosts() {
		var response = this.graphQl.post("""
				{ person(id: "pe-ma-jun") { postsHeld(at: "2020-01-01") { post { id } from } tenures { post { id } } } }""");
		assertThat(response.<List<String>>read("$.data.person.postsHeld[*].post.id"))
			.containsExactlyInAnyOrder("po-devzone-director", "po-city-vm-c");
		assertThat(response.<List<String>>read("$.data.person.tenures[*].post.id")).contains("po-devzone-director",
				"po-city-vm-c");
	}

	@Test
	void reorganisation_isVisibleFromBothSides() {
		var response = this.graphQl.post("""
				{ old: body(id: "bd-city-urban") { abolishedOn successors { body { id } on reason } parent { id } }
				  new: body(id: "bd-city-housing") { predecessors { body { id name } on } } }""");
		assertThat(response.<String>read("$.data.old.abolishedOn")).isEqualTo("2019-03-01");
		assertThat(response.<String>read("$.data.old.successors[0].body.id")).isEqualTo("bd-city-housing");
		assertThat(response.<String>read("$.data.old.successors[0].on")).isEqualTo("2019-03-01");
		assertThat(response.<Object>read("$.data.old.parent")).as("no longer part of the city today").isNull();
		assertThat(response.<String>read("$.data.new.predecessors[0].body.name")).isEqualTo("青禾市城市管理局");
	}

	@Test
	void project_phasesWithResponsibilitiesDecisionsAndContracts() {
		var response = this.graphQl.post(Documents.read("projectPhases"), Map.of("id", "pj-qinghe-river-ppp"));
		assertThat(response.<String>read("$.data.project.owner.id")).isEqualTo("bd-city-water");
		assertThat(response.<List<String>>read("$.data.project.phases[*].stage")).containsExactly("IDENTIFICATION",
				"PREPARATION", "PROCUREMENT", "EXECUTION");
		assertThat(response.<Object>read("$.data.project.phases[3].to")).isNull();
		assertThat(response.<List<String>>read("$.data.project.phases[3].responsibilities[*].post.id"))
			.contains("po-water-director", "po-city-vm-b", "po-water-river");
		assertThat(response.<List<String>>read("$.data.project.phases[3].responsibilities[*].person.name"))
			.contains("林晓", "温子健");
		assertThat(response.<List<String>>read("$.data.project.decisions[*].docNo")).contains("青财金〔2016〕58号",
				"青政函〔2017〕21号", "青水发〔2017〕36号");
		assertThat(response.<List<String>>read("$.data.project.contracts[?(@.id == 'ct-river-ppp')].signers[*].person.name"))
			.containsExactly("周海涛");
		assertThat(response.<List<String>>read(
				"$.data.project.contracts[?(@.id == 'ct-river-ppp')].parties[?(@.role == 'PRIVATE_PARTY')].party.uscc"))
			.contains("919901001127261649");
	}

	@Test
	void record_withSubjectIssuerConcernsAndEvents() {
		var response = this.graphQl.post("""
				{ record(id: "rc-ringroad-broken") {
				    kind status docNo
				    against { __typename ... on Body { id } }
				    issuer { id }
				    concerns { __typename ... on Commitment { id status signature { person { name } } } }
				    events { kind on } } }""");
		assertThat(response.<String>read("$.data.record.docNo")).isEqualTo("青发改信用〔2022〕17号");
		assertThat(response.<String>read("$.data.record.against[0].__typename")).isEqualTo("Body");
		assertThat(response.<String>read("$.data.record.against[0].id")).isEqualTo("bd-city-transport");
		assertThat(response.<String>read("$.data.record.issuer.id")).isEqualTo("bd-city-drc");
		assertThat(response.<String>read("$.data.record.concerns[0].id")).isEqualTo("cm-ringroad-subsidy-2020");
		assertThat(response.<String>read("$.data.record.concerns[0].signature.person.name")).isEqualTo("刘振华");
		assertThat(response.<List<String>>read("$.data.record.events[*].kind")).startsWith("RECORDED")
			.contains("OBJECTION_FILED", "OBJECTION_REJECTED");
	}

	@Test
	void lists_filterAndCountFromTheSample() {
		var response = this.graphQl.post("""
				{ governments: bodies(filter: { kind: [GOVERNMENT] }) { totalCount }
				  ppp: projects(filter: { kind: [PPP] }) { totalCount }
				  broken: commitments(filter: { status: [BROKEN] }) { totalCount }
				  defaults: records(filter: { kind: [JUDGMENT_DEFAULT] }) { totalCount nodes { severity } }
				  waterCommitments: commitments(filter: { bodyId: "bd-city-water" }, first: 100) { totalCount }
				  cityBodies: bodies(filter: { parentId: "bd-city", at: "2018-01-01", kind: [DEPARTMENT] }, first: 100) { nodes { id } } }""");
		assertThat(response.<Integer>read("$.data.governments.totalCount")).isEqualTo(3);
		assertThat(response.<Integer>read("$.data.ppp.totalCount")).isEqualTo(5);
		assertThat(response.<Integer>read("$.data.broken.totalCount")).isEqualTo(5);
		assertThat(response.<Integer>read("$.data.defaults.totalCount")).isEqualTo(2);
		assertThat(response.<Integer>read("$.data.waterCommitments.totalCount")).isGreaterThan(0);
		assertThat(response.<List<String>>read("$.data.cityBodies.nodes[*].id")).contains("bd-city-urban",
				"bd-city-water");
	}

	/**
	 * A list's text is rendered once per form (the terms given, not their values) and kept: lists of one form
	 * still answer each with its own values, and forms that differ only in a property or an order do not share one.
	 */
	@Test
	void listsOfOneForm_shareTheirText_butEachAnswersWithItsOwnValues() {
		var response = this.graphQl.post("""
				{ governments: bodies(filter: { kind: [GOVERNMENT] }, first: 100) { nodes { kind } }
				  departments: bodies(filter: { kind: [DEPARTMENT] }, first: 100) { nodes { kind } }
				  cities: bodies(filter: { level: [CITY] }, first: 100) { nodes { level } }
				  bySeverity: records(orderBy: { field: SEVERITY, direction: DESC }, first: 100) { nodes { severity } }
				  byDate: records(orderBy: { field: DECIDED_ON, direction: ASC }, first: 100) { nodes { decidedOn } } }""");
		assertThat(response.<List<String>>read("$.data.governments.nodes[*].kind")).hasSize(3).containsOnly("GOVERNMENT");
		assertThat(response.<List<String>>read("$.data.departments.nodes[*].kind")).isNotEmpty().containsOnly("DEPARTMENT");
		assertThat(response.<List<String>>read("$.data.cities.nodes[*].level")).isNotEmpty().containsOnly("CITY");
		var rank = List.of("SERIOUS", "GENERAL", "MINOR");
		assertThat(response.<List<String>>read("$.data.bySeverity.nodes[*].severity")).hasSizeGreaterThan(2)
			.isSortedAccordingTo(java.util.Comparator.comparingInt(rank::indexOf));
		assertThat(response.<List<String>>read("$.data.byDate.nodes[*].decidedOn")).hasSizeGreaterThan(2).isSorted();
	}

	/** With a relationship field selected, the list reads it ahead, in its own query, of the page's rows only. */
	@ParameterizedTest
	@ValueSource(strings = { "id", "id posts { title }" })
	void pagination_walksEveryBodyOnceWithCursors(String selection) {
		var query = """
				query($after: String) { bodies(first: 7, after: $after, orderBy: { field: NAME }) {
				  totalCount pageInfo { hasNextPage endCursor } nodes { %s } } }""".formatted(selection);
		var seen = new ArrayList<String>();
		String after = null;
		int total;
		do {
			var variables = new java.util.HashMap<String, Object>();
			variables.put("after", after);
			var page = this.graphQl.post(query, variables);
			total = page.read("$.data.bodies.totalCount");
			seen.addAll(page.read("$.data.bodies.nodes[*].id"));
			after = page.<Boolean>read("$.data.bodies.pageInfo.hasNextPage") ? page.read("$.data.bodies.pageInfo.endCursor")
					: null;
		}
		while (after != null);
		assertThat(total).as("32 bodies, one abolished").isEqualTo(31);
		assertThat(seen).hasSize(31).doesNotHaveDuplicates().doesNotContain("bd-city-urban");
	}

	@Test
	void anEmptyPage_withARelationshipFieldSelected_stillTellsThatRowsFollow() {
		var page = this.graphQl.post("{ bodies(first: 0) { pageInfo { hasNextPage } nodes { id posts { title } } } }");
		assertThat(page.<List<Object>>read("$.data.bodies.nodes")).isEmpty();
		assertThat(page.<Boolean>read("$.data.bodies.pageInfo.hasNextPage")).isTrue();
	}

	@Test
	void nestedListRequest_isReadInOneQuery_whateverTheNumberOfRows_andAnswersAsTheFieldsLoadersDo() {
		var query = Documents.read("nestedBodies");
		long before = this.reader.queriesExecuted();
		var small = this.graphQl.post(query, Map.of("first", 2, "at", "2020-06-01"));
		long smallQueries = this.reader.queriesExecuted() - before;
		before = this.reader.queriesExecuted();
		var large = this.graphQl.post(query, Map.of("first", 30, "at", "2020-06-01"));
		long largeQueries = this.reader.queriesExecuted() - before;

		assertThat(large.<List<String>>read("$.data.bodies.nodes[*].id")).hasSize(30);
		assertThat(large.<List<String>>read("$.data.bodies.nodes[*].posts[*].id")).hasSizeGreaterThan(40);
		assertThat(large.<List<String>>read("$.data.bodies.nodes[*].posts[*].holders[*].person.name"))
			.hasSizeGreaterThan(30);
		assertThat(small.<List<String>>read("$.data.bodies.nodes[*].id")).hasSize(2);
		// the bodies with their posts and the posts' holders (each tenure with its person), read ahead in the
		// list's own query: one query, for 2 bodies as for 30
		assertThat(largeQueries).isEqualTo(1);
		assertThat(smallQueries).isEqualTo(1);

		// README's example, with totalCount: one query more, for the count
		var readme = readmeExample("A nested three-level list");
		before = this.reader.queriesExecuted();
		var example = this.graphQl.post(readme);
		assertThat(this.reader.queriesExecuted() - before).isEqualTo(2);
		assertThat(example.<List<String>>read("$.data.bodies.nodes[*].posts[*].holders[*].person.name")).isNotEmpty();
		assertThat(example.<Integer>read("$.data.bodies.totalCount")).isGreaterThan(10);

		// the same bodies looked up by id: no list, each field through its loader, one query per level
		List<String> ids = large.read("$.data.bodies.nodes[*].id");
		before = this.reader.queriesExecuted();
		var loaded = this.graphQl.post("""
				query($ids: [ID!]!, $at: Date!) { nodes(ids: $ids) { ... on Body { id posts { id holders(at: $at) {
				  person { name } } } } } }""", Map.of("ids", ids, "at", "2020-06-01"));
		assertThat(this.reader.queriesExecuted() - before).isEqualTo(3);
		assertThat(loaded.<List<Object>>read("$.data.nodes")).isEqualTo(large.read("$.data.bodies.nodes"));
	}

	@Test
	void aFragmentSelectedInTwoPlaces_readsWhatEachPlaceSelects() {
		// the same fragment, merged at the second place with a field that reads more of the holders
		var response = this.graphQl.post("""
				fragment H on Post { holders(at: "2020-06-01") { person { id } } }
				{ a: body(id: "bd-city-water") { posts { ...H } }
				  b: body(id: "bd-city-water") { posts { ...H holders(at: "2020-06-01") { person { name } } } } }""");
		assertThat(response.<List<String>>read("$.data.a.posts[*].holders[*].person.id")).isNotEmpty();
		assertThat(response.<List<String>>read("$.data.b.posts[*].holders[*].person.name")).isNotEmpty()
			.doesNotContainNull();
	}

	/** The GraphQL block of README.md after the line starting with {@code lead}. */
	private static String readmeExample(String lead) {
		try {
			var readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
			var start = readme.indexOf("```graphql\n", readme.indexOf("\n" + lead)) + "```graphql\n".length();
			return readme.substring(start, readme.indexOf("```", start));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void aFieldSelectedTwice_withOtherArgumentsOrFields_isReadAheadForEach() {
		long before = this.reader.queriesExecuted();
		var response = this.graphQl.post("""
				{ bodies(first: 6) { nodes { id
				    posts { id then: holders(at: "2020-06-01") { person { name } from } now: holders { person { id } to } }
				    principal: posts { title } } } }""");
		assertThat(this.reader.queriesExecuted() - before).as("read ahead in the list's query").isEqualTo(1);
		var ids = response.<List<String>>read("$.data.bodies.nodes[*].id");
		var loaded = this.graphQl.post("""
				query($ids: [ID!]!) { nodes(ids: $ids) { ... on Body { id
				    posts { id then: holders(at: "2020-06-01") { person { name } from } now: holders { person { id } to } }
				    principal: posts { title } } } }""", Map.of("ids", ids));
		assertThat(response.<List<String>>read("$.data.bodies.nodes[*].posts[*].then[*].person.name")).isNotEmpty();
		assertThat(response.<List<String>>read("$.data.bodies.nodes[*].posts[*].now[*].person.id")).isNotEmpty();
		assertThat(loaded.<List<Object>>read("$.data.nodes")).isEqualTo(response.read("$.data.bodies.nodes"));
	}

	@Test
	void nodeAndNodes_resolveAnyEntityByIdAndUnknownIdsToNull() {
		var response = this.graphQl.post("""
				{ company: node(id: "919901001127261649") { __typename id ... on Company { name } }
				  missing: node(id: "no-such-id") { id }
				  body(id: "no-such-body") { id }
				  nodes(ids: ["pe-lin-mu", "nope", "pj-ring-road-ppp"]) { __typename id } }""");
		assertThat(response.<String>read("$.data.company.__typename")).isEqualTo("Company");
		assertThat(response.<Object>read("$.data.missing")).isNull();
		assertThat(response.<Object>read("$.data.body")).isNull();
		assertThat(response.<List<String>>read("$.data.nodes[*].__typename")).containsExactly("Person", "Project");
		assertThat(response.<List<Object>>read("$.data.nodes")).hasSize(3).element(1).isNull();
		assertThat(response.<Map<String, Object>>read("$")).doesNotContainKey("errors");
	}

	@Test
	void search_findsChineseBigramsEnglishWordsAndSingleCharacters() {
		var query = """
				query($text: String!, $types: [SearchType!]) { search(text: $text, types: $types, first: 50) {
				  totalCount edges { type score node { id } } } }""";
		assertThat(this.graphQl.post(query, Map.of("text", "水务局"))
			.<List<String>>read("$.data.search.edges[*].node.id")).contains("bd-city-water");
		var english = this.graphQl.post(query, Map.of("text", "water", "types", List.of("BODY")));
		assertThat(english.<List<String>>read("$.data.search.edges[*].node.id")).contains("bd-city-water");
		assertThat(english.<List<String>>read("$.data.search.edges[*].type")).containsOnly("BODY");
		assertThat(this.graphQl.post(query, Map.of("text", "赵", "types", List.of("PERSON")))
			.<List<String>>read("$.data.search.edges[*].node.id")).contains("pe-zhao-shouren");
		assertThat(this.graphQl.post(query, Map.of("text", "青政办发〔2018〕88号"))
			.<List<String>>read("$.data.search.edges[*].node.id")).contains("doc-qzbf-2018-88");
	}

	@Test
	void badArguments_returnTypedErrorsNamingTheArgument() {
		var tooMany = this.graphQl.post("{ bodies(first: 101) { totalCount } }");
		assertThat(tooMany.<String>read("$.errors[0].extensions.classification")).isEqualTo("BAD_REQUEST");
		assertThat(tooMany.<String>read("$.errors[0].extensions.argument")).isEqualTo("first");
		assertThat(tooMany.<List<String>>read("$.errors[0].path")).containsExactly("bodies");

		var badCursor = this.graphQl.post("{ persons(after: \"bogus\") { totalCount } }");
		assertThat(badCursor.<String>read("$.errors[0].extensions.argument")).isEqualTo("after");

		var badDate = this.graphQl.post("{ body(id: \"bd-city\") { leaders(at: \"2020-13-45\") { from } } }");
		assertThat(badDate.<String>read("$.errors[0].extensions.classification")).isEqualTo("ValidationError");
		assertThat(badDate.<String>read("$.errors[0].message")).contains("at");

		var badEnum = this.graphQl.post("{ bodies(filter: { kind: [MINISTRY] }) { totalCount } }");
		assertThat(badEnum.<String>read("$.errors[0].extensions.classification")).isEqualTo("ValidationError");
		assertThat(badEnum.<String>read("$.errors[0].message")).contains("kind");
	}

	@Test
	void graphiql_isServedWithItsScriptsFromTheJar() {
		var page = this.graphQl.get("/graphiql");
		assertThat(page).doesNotContain("https://").doesNotContain("@graphiql.version@");
		var scripts = java.util.regex.Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page).results()
			.map(m -> m.group(1)).toList();
		assertThat(scripts).hasSize(4);
		scripts.forEach(script -> assertThat(this.graphQl.get(script)).as(script).isNotEmpty());
		assertThat(this.graphQl.get(scripts.get(3))).contains("GraphiQL");
	}

	@Test
	void health_includesNeo4jForInternalRoles_onlyTheStatusForThePublic() {
		assertThat(this.graphQl.get("/actuator/health")).contains("\"neo4j\"").contains("\"UP\"");
		assertThat(new GraphQlClient(this.port).get("/actuator/health")).contains("\"status\":\"UP\"")
			.doesNotContain("neo4j", "diskSpace");
	}

}
