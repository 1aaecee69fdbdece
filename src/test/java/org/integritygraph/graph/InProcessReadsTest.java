package org.integritygraph.graph;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reads in this process give the same records as over Bolt, for every kind of value a query returns, and fail
 * with the same status codes, so the application's mappers and error resolver cannot tell the two apart.
 */
class InProcessReadsTest {

	private final InProcessReads inProcess = TestNeo4j.inProcessReads();

	@BeforeAll
	static void graph() {
		TestNeo4j.resetGraph();
		TestNeo4j.driver().executableQuery("""
				CREATE (a:Probe:Marked {id: 'a', name: '甲', tags: ['x', 'y'], scores: [1, 2], ratio: 0.5, on: date('2024-05-01'),
				        at: datetime('2024-05-01T08:00:00+08:00'), local: localdatetime('2024-05-01T08:00:00'),
				        time: time('08:00:00+08:00'), bytes: $bytes, flag: true})
				CREATE (b:Probe {id: 'b', where: point({longitude: 116.4, latitude: 39.9})})
				CREATE (a)-[:LINKS {from: date('2020-01-01'), weight: 3}]->(b)""")
			.withParameters(Map.of("bytes", new byte[] { 1, 2, 3 }))
			.withConfig(TestNeo4j.queryConfig())
			.execute();
	}

	@Test
	void recordsAreTheSameAsOverBolt() {
		var queries = List.of(
				"MATCH (n:Probe) RETURN n ORDER BY n.id",
				"MATCH (:Probe)-[r:LINKS]->(:Probe) RETURN r",
				"MATCH p = (:Probe {id: 'a'})-[:LINKS]->(:Probe) RETURN p, length(p) AS length",
				"MATCH (a:Probe {id: 'a'}) RETURN a {.*, labels: labels(a), friends: [(a)-->(b) | b {.id}]} AS map",
				"MATCH (n:Probe) RETURN collect(n) AS nodes, count(n) AS count, null AS nothing",
				"RETURN duration('P1Y2M3DT4H5M6.007S') AS duration, point({x: 1, y: 2, z: 3}) AS point3, $on AS on, $list AS list");
		for (var cypher : queries) {
			var parameters = Map.<String, Object>of("on", LocalDate.of(2024, 5, 1), "list", List.of(1, "two", List.of(3.5)));
			var overBolt = TestNeo4j.driver().executableQuery(cypher).withParameters(parameters)
				.withConfig(TestNeo4j.queryConfig()).execute().records().stream().map(InProcessReadsTest::plain).toList();
			var here = this.inProcess.read(cypher, parameters, Duration.ofSeconds(30), InProcessReadsTest::plain);
			assertThat(here).as(cypher).isNotEmpty().isEqualTo(overBolt);
		}
	}

	@Test
	void aWrite_isRefused_withTheServersCode() {
		assertThatThrownBy(() -> this.inProcess.read("CREATE (:Probe {id: 'c'})", Map.of(), Duration.ofSeconds(30), row -> row))
			.isInstanceOf(ClientException.class)
			.satisfies(ex -> assertThat(((ClientException) ex).code()).isEqualTo("Neo.ClientError.Security.Forbidden"));
		assertThat(TestNeo4j.count("MATCH (p:Probe {id: 'c'}) RETURN count(p)")).isZero();
	}

	@Test
	void aBadQuery_failsWithTheServersCode() {
		assertThatThrownBy(() -> this.inProcess.read("MATCH (n:Probe RETURN n", Map.of(), Duration.ofSeconds(30), row -> row))
			.isInstanceOf(ClientException.class)
			.satisfies(ex -> assertThat(((ClientException) ex).code()).isEqualTo("Neo.ClientError.Statement.SyntaxError"));
	}

	/** A record as plain values, entities with all they carry, so that two records compare by content. */
	private static Map<String, Object> plain(Record record) {
		var row = new LinkedHashMap<String, Object>();
		record.keys().forEach(key -> row.put(key, plain(record.get(key))));
		return row;
	}

	private static Object plain(Value value) {
		var types = TypeSystem.getDefault();
		if (value.hasType(types.NODE())) {
			return node(value.asNode());
		}
		if (value.hasType(types.RELATIONSHIP())) {
			return relationship(value.asRelationship());
		}
		if (value.hasType(types.PATH())) {
			var path = value.asPath();
			return List.of(nodes(path), relationships(path));
		}
		if (value.hasType(types.MAP())) {
			var map = new TreeMap<String, Object>();
			value.keys().forEach(key -> map.put(key, plain(value.get(key))));
			return map;
		}
		if (value.hasType(types.LIST())) {
			return value.asList(InProcessReadsTest::plain);
		}
		if (value.hasType(types.BYTES())) {
			return List.of(value.asByteArray()[0], value.asByteArray().length);
		}
		return value.asObject();
	}

	private static List<Object> node(Node node) {
		return List.of(node.elementId(), sorted(node.labels()),
				plain(Values.value(node.asMap(v -> v))));
	}

	private static List<Object> relationship(Relationship relationship) {
		return List.of(relationship.elementId(), relationship.type(), relationship.startNodeElementId(),
				relationship.endNodeElementId(), plain(Values.value(relationship.asMap(v -> v))));
	}

	private static List<Object> nodes(Path path) {
		var nodes = new ArrayList<Object>();
		path.nodes().forEach(node -> nodes.add(node(node)));
		return nodes;
	}

	private static List<Object> relationships(Path path) {
		var relationships = new ArrayList<Object>();
		path.relationships().forEach(relationship -> relationships.add(relationship(relationship)));
		return relationships;
	}

	private static List<String> sorted(Iterable<String> labels) {
		var list = new ArrayList<String>();
		labels.forEach(list::add);
		list.sort(null);
		return list;
	}

}
