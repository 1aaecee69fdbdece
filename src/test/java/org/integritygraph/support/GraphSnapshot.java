package org.integritygraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.integritygraph.graph.Database;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Value;

/**
 * The state of a graph in four numbers: how many nodes and relationships it has, a checksum over all
 * their labels, types, end node ids and typed property values (a DATE and a string with the same text
 * differ), and how many audit entries record its changes. Two equal snapshots mean nothing was changed,
 * not even the audit trail (which only grows). Migration records are left out; so is the audit trail from
 * the counts and the checksum, which thus describe the facts alone: a read as of a recorded time answers
 * from a graph whose {@link #facts()} equal those of a snapshot taken then.
 *
 * @param nodes the number of nodes
 * @param relationships the number of relationships
 * @param checksum SHA-256 of the canonical text of the graph
 * @param auditEntries the number of audit entries
 */
public record GraphSnapshot(long nodes, long relationships, String checksum, long auditEntries) {

	private static final String NODES = """
			MATCH (n)
			WHERE none(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration' OR label = 'Audit')
			WITH n ORDER BY n.id, elementId(n)
			RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
			""";

	private static final String RELATIONSHIPS = """
			MATCH (s)-[r]->(e)
			WHERE none(label IN labels(s) WHERE label STARTS WITH '__Neo4jMigration' OR label = 'Audit')
			RETURN s.id AS start, type(r) AS type, e.id AS end, properties(r) AS properties
			""";

	private static final String AUDIT_ENTRIES = "MATCH (e:AuditEntry) RETURN count(e) AS count";

	/** The facts alone: this snapshot without the count of audit entries. */
	public GraphSnapshot facts() {
		return new GraphSnapshot(this.nodes, this.relationships, this.checksum, 0);
	}

	/** The same facts from the rows of {@link #NODES} and {@link #RELATIONSHIPS} run elsewhere (e.g. rewound). */
	public static GraphSnapshot of(List<org.neo4j.driver.Record> nodes, List<org.neo4j.driver.Record> relationships) {
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
		return new GraphSnapshot(nodes.size(), relationships.size(), sha256(text.toString()), 0);
	}

	/** The queries whose rows {@link #of(List, List)} reads: nodes, then relationships. */
	public static List<String> queries() {
		return List.of(NODES, RELATIONSHIPS);
	}

	/** The snapshot of {@code database} of any server (the embedded one of an end-to-end test included). */
	/** The application's database (its configured name, or the server's default). */
	public static GraphSnapshot of(Driver driver, Database database) {
		return of(driver, (database.name() != null) ? database.name() : "neo4j");
	}

	public static GraphSnapshot of(Driver driver, String database) {
		var config = QueryConfig.builder().withDatabase(database).build();
		var nodes = driver.executableQuery(NODES).withConfig(config).execute().records();
		var relationships = driver.executableQuery(RELATIONSHIPS).withConfig(config).execute().records();
		var entries = driver.executableQuery(AUDIT_ENTRIES).withConfig(config).execute().records().getFirst()
			.get("count").asLong();
		var facts = of(nodes, relationships);
		return new GraphSnapshot(facts.nodes(), facts.relationships(), facts.checksum(), entries);
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
