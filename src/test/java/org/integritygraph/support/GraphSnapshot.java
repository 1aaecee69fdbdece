package org.integritygraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Value;

/**
 * The state of a graph in three numbers: how many nodes and relationships it has, and a checksum
 * over all their labels, types, end node ids and typed property values (a DATE and a string with
 * the same text differ). Two equal snapshots mean nothing was changed. Migration records are
 * left out.
 *
 * @param nodes the number of nodes
 * @param relationships the number of relationships
 * @param checksum SHA-256 of the canonical text of the graph
 */
public record GraphSnapshot(long nodes, long relationships, String checksum) {

	private static final String NODES = """
			MATCH (n)
			WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
			WITH n ORDER BY n.id, elementId(n)
			RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
			""";

	private static final String RELATIONSHIPS = """
			MATCH (s)-[r]->(e)
			WHERE none(label IN labels(s) WHERE label STARTS WITH '__Neo4jMigration')
			RETURN s.id AS start, type(r) AS type, e.id AS end, properties(r) AS properties
			""";

	/** The snapshot of {@code database} of any server (the embedded one of an end-to-end test included). */
	public static GraphSnapshot of(Driver driver, String database) {
		var config = QueryConfig.builder().withDatabase(database).build();
		var nodes = driver.executableQuery(NODES).withConfig(config).execute().records();
		var relationships = driver.executableQuery(RELATIONSHIPS).withConfig(config).execute().records();
		var text = new StringBuilder();
		nodes.forEach(node -> text.append("(")
			.append(node.get("labels").asList(Value::asString).stream().sorted().collect(Collectors.joining(":")))
			.append(canonical(node.get("properties")))
			.append(")\n"));
		relationships.stream()
			.map(r -> "(%s)-[:%s %s]->(%s)".formatted(r.get("start").asString(), r.get("type").asString(),
					canonical(r.get("properties")), r.get("end").asString()))
			.sorted()
			.forEach(line -> text.append(line).append('\n'));
		return new GraphSnapshot(nodes.size(), relationships.size(), sha256(text.toString()));
	}

	private static String canonical(Value properties) {
		var sorted = new TreeMap<String, String>();
		properties.asMap(value -> value.type().name() + ":" + value.asObject())
			.forEach(sorted::put);
		return sorted.toString();
	}

	private static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
