package org.integritygraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Record;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure rules inside the queries, on a graph with hidden records and a hidden person
 * ({@code security/disclosure.jsonl}, judged on 2026-06-01): each query as the public and as an investigator,
 * asserting exactly the ids that come back and what is counted.
 * <ul>
 * <li>{@code pe-official} holds a post (public office): public by name; an expired record is against him;</li>
 * <li>{@code pe-named} holds no post; a running public record is against him: public by name;</li>
 * <li>{@code pe-private} holds no post; only an expired record is against him: hidden.</li>
 * </ul>
 * Records against {@code bd-a}: one public ({@code rc-public}), the others hidden by status or by date. Paths from
 * {@code pe-official} to {@code co-x}: 3 hops through the hidden {@code rc-expired}, 4 through public nodes only.
 */
class DisclosureQueriesTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	private static final Viewer PUBLIC = Viewer.publicViewer(TODAY, null);

	private static final Viewer INVESTIGATOR = Viewer.internal(TODAY, null);

	private static final List<String> ALL_RECORDS = List.of("rc-exempted", "rc-expired", "rc-future", "rc-lapsed",
			"rc-pending", "rc-public", "rc-repaired", "rc-revoked");

	private static GraphReader reader;

	private static NamedQueries queries;

	@BeforeAll
	static void graph() {
		TestNeo4j.replaceGraph("security/disclosure.jsonl");
		reader = TestNeo4j.reader();
		queries = TestNeo4j.namedQueries();
	}

	@Test
	void recordList_andItsCount_holdOnlyRecordsInTheirDisclosurePeriod_notUnderObjectionOrWithdrawn() {
		assertThat(records(PUBLIC).nodes()).extracting(Record::id).containsExactly("rc-public");
		assertThat(records(PUBLIC).totalCount()).isEqualTo(1);
		assertThat(records(INVESTIGATOR).nodes()).extracting(Record::id).containsExactlyElementsOf(ALL_RECORDS);
		assertThat(records(INVESTIGATOR).totalCount()).isEqualTo(8);
	}

	@Test
	void personList_showsPersonsMadePublicByAPostOrAPublicRecord() {
		var query = ListQuery.of(GraphModel.PERSON).orderBy("id", Direction.ASC);
		var asPublic = query.fetch(reader, PUBLIC, PageRequest.of(100, null), true, Person.class);
		assertThat(asPublic.nodes()).extracting(Person::id).containsExactly("pe-named", "pe-official");
		assertThat(asPublic.totalCount()).isEqualTo(2);
		assertThat(query.fetch(reader, INVESTIGATOR, PageRequest.of(100, null), true, Person.class).nodes())
			.extracting(Person::id)
			.containsExactly("pe-named", "pe-official", "pe-private");
	}

	@Test
	void nodeById_findsAHiddenNodeForInvestigatorsOnly() {
		for (var id : List.of("rc-expired", "pe-private", "re-public-2", "re-expired-1")) {
			assertThat(ids(PUBLIC, NodeController.BY_IDS, Map.of("ids", List.of(id)), "n")).as(id).isEmpty();
			assertThat(ids(INVESTIGATOR, NodeController.BY_IDS, Map.of("ids", List.of(id)), "n")).as(id)
				.containsExactly(id);
		}
		assertThat(ids(PUBLIC, NodeController.BY_ID, Map.of("id", "re-public-1"), "n")).containsExactly("re-public-1");
	}

	@Test
	void relationshipFields_leaveOutHiddenRecordsEventsAndPersons() {
		var against = field("Person.records");
		assertThat(ids(PUBLIC, against, Map.of("ids", List.of("pe-official", "pe-named")), "node"))
			.containsExactly("rc-public");
		assertThat(ids(INVESTIGATOR, against, Map.of("ids", List.of("pe-official", "pe-named")), "node"))
			.containsExactlyInAnyOrder("rc-public", "rc-expired");
		var bodyRecords = field("Body.records");
		assertThat(ids(PUBLIC, bodyRecords, Map.of("ids", List.of("bd-a")), "node")).containsExactly("rc-public");
		assertThat(ids(INVESTIGATOR, bodyRecords, Map.of("ids", List.of("bd-a")), "node")).hasSize(7);
		var events = field("Record.events");
		assertThat(ids(PUBLIC, events, Map.of("ids", List.of("rc-public")), "node")).containsExactly("re-public-1");
		assertThat(ids(INVESTIGATOR, events, Map.of("ids", List.of("rc-public")), "node")).containsExactly(
				"re-public-1", "re-public-2", "re-public-3");
		var subjects = field("Record.against");
		assertThat(ids(INVESTIGATOR, subjects, Map.of("ids", List.of("rc-expired")), "node"))
			.containsExactly("pe-official", "pe-private");
		assertThat(ids(PUBLIC, subjects, Map.of("ids", List.of("rc-expired")), "node")).containsExactly("pe-official");
	}

	@Test
	void search_andItsSubstringFallback_neverFindOrCountHiddenNodes() {
		var params = Map.<String, Object>of("labels", List.of("Record", "Person"), "offset", 0, "limit", 100, "query",
				NodeController.luceneQuery("处分"));
		assertThat(ids(PUBLIC, NodeController.SEARCH, params, "node")).isEmpty();
		assertThat(count(PUBLIC, NodeController.SEARCH_COUNT, params)).isZero();
		assertThat(ids(INVESTIGATOR, NodeController.SEARCH, params, "node")).containsExactly("rc-expired");
		var substring = Map.<String, Object>of("labels", List.of("Record", "Person"), "offset", 0, "limit", 100,
				"text", "隐", "simplified", "隐", "keys", GraphModel.searchableProperties());
		assertThat(ids(PUBLIC, NodeController.SUBSTRING, substring, "node")).isEmpty();
		assertThat(count(PUBLIC, NodeController.SUBSTRING_COUNT, substring)).isZero();
		assertThat(ids(INVESTIGATOR, NodeController.SUBSTRING, substring, "node")).containsExactly("pe-private",
				"rc-expired");
	}

	@Test
	void connections_neverRunThroughAHiddenNode() {
		var params = Map.<String, Object>of("fromId", "pe-official", "toId", "co-x", "maxHops", 6, "types",
				GraphModel.relationships().stream().map(r -> r.type()).sorted().toList());
		var cypher = queries.get("trace/connections");
		assertThat(pathNodes(INVESTIGATOR, cypher, params)).containsExactly(
				List.of("pe-official", "rc-expired", "k-1", "co-x"));
		assertThat(pathNodes(PUBLIC, cypher, params)).containsExactly(
				List.of("pe-official", "po-a-director", "bd-a", "k-1", "co-x"));
		var hidden = Map.<String, Object>of("fromId", "pe-private", "toId", "co-x", "maxHops", 6, "types",
				params.get("types"));
		assertThat(reader.list(PUBLIC, cypher, hidden, row -> row)).isEmpty();
	}

	@Test
	void neighbourhood_showsAndCountsOnlyVisibleNeighbours() {
		var params = Map.<String, Object>of("id", "pe-official", "depth", 2, "first", 20, "offset", 0, "types",
				GraphModel.relationships().stream().map(r -> r.type()).sorted().toList());
		var cypher = queries.get("trace/neighbourhood");
		assertThat(groups(INVESTIGATOR, cypher, params)).containsExactlyInAnyOrder("AGAINST IN 1", "HELD OUT 1");
		assertThat(groups(PUBLIC, cypher, params)).containsExactly("HELD OUT 1");
		var drawn = reader.one(PUBLIC, cypher, params, row -> row.get("links").asList(link -> link.get("node").get("id").asString()))
			.orElseThrow();
		assertThat(drawn).doesNotContain("rc-expired", "rc-revoked", "rc-pending", "pe-private").contains("bd-a");
	}

	@Test
	void javaCheck_agreesWithThePredicateOnEveryRecord() {
		var all = records(INVESTIGATOR).nodes();
		var shown = Set.copyOf(records(PUBLIC).nodes().stream().map(Record::id).toList());
		all.forEach(record -> assertThat(Visibility.isPublic(record, TODAY)).as(record.id())
			.isEqualTo(shown.contains(record.id())));
	}

	private static org.integritygraph.graph.Connection<Record> records(Viewer viewer) {
		return ListQuery.of(GraphModel.RECORD)
			.orderBy("id", Direction.ASC)
			.fetch(reader, viewer, PageRequest.of(100, null), true, Record.class);
	}

	private static String field(String coordinates) {
		return FieldQueries.cypher(GraphModel.fields()
			.stream()
			.filter(field -> field.coordinates().equals(coordinates))
			.findFirst()
			.orElseThrow());
	}

	private static List<String> ids(Viewer viewer, String cypher, Map<String, ?> params, String column) {
		return reader.list(viewer, cypher, params, row -> row.get(column).get("id").asString());
	}

	private static int count(Viewer viewer, String cypher, Map<String, ?> params) {
		return reader.one(viewer, cypher, params, row -> row.get(0).asInt()).orElseThrow();
	}

	private static List<List<String>> pathNodes(Viewer viewer, String cypher, Map<String, ?> params) {
		return reader.one(viewer, cypher, params, row -> row.get("paths")
			.asList(path -> {
				var ids = new java.util.ArrayList<String>();
				path.asPath().nodes().forEach(node -> ids.add(node.get("id").asString()));
				return List.copyOf(ids);
			}))
			.orElseThrow();
	}

	private static List<String> groups(Viewer viewer, String cypher, Map<String, ?> params) {
		return reader.one(viewer, cypher, params, row -> row.get("groups")
			.asList((Value group) -> group.get("type").asString() + " " + group.get("direction").asString() + " "
					+ group.get("total").asInt()))
			.orElseThrow();
	}

}
