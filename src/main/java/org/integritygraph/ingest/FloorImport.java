package org.integritygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.Database;
import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;
import org.neo4j.driver.Driver;

/**
 * The floor an import is measured against: the same file, read and validated the same way, written with
 * the plainest Cypher — per batch one {@code UNWIND ... CREATE} per label and per relationship type, with
 * the label and type written into the query — without looking for what exists, without checking end
 * labels and without reporting changes. Only for an empty graph (it creates duplicates otherwise); used
 * by the benchmark.
 */
public final class FloorImport {

	private FloorImport() {
	}

	/** Writes the file into an empty graph; the number of lines read. */
	public static int run(Driver driver, Database database, Path file, int batchSize) {
		try (var in = Files.newInputStream(file); var session = driver.session(database.writeSession(driver))) {
			var errors = new ArrayList<ImportError>();
			var reader = new BatchReader(new Utf8Lines(in), batchSize, 0, errors::add);
			for (var batch = reader.next(); batch != null; batch = reader.next()) {
				var current = batch;
				session.executeWriteWithoutResult(tx -> {
					nodesByLabel(current.nodes()).forEach((label, rows) -> tx.run("""
							UNWIND $rows AS row
							CREATE (n:Entity:%s) SET n = row.properties, n.id = row.id
							""".formatted(label), Map.of("rows", rows)).consume());
					relationshipsByType(current.relationships()).forEach((type, rows) -> tx.run("""
							UNWIND $rows AS row
							MATCH (s:Entity {id: row.start})
							MATCH (e:Entity {id: row.end})
							CREATE (s)-[r:%s]->(e) SET r = row.properties
							""".formatted(type), Map.of("rows", rows)).consume());
				});
			}
			if (!errors.isEmpty()) {
				throw new IllegalArgumentException("Invalid input: " + errors.getFirst());
			}
			return reader.linesRead();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, List<Map<String, Object>>> nodesByLabel(List<NodeLine> nodes) {
		var groups = new LinkedHashMap<String, List<Map<String, Object>>>();
		nodes.forEach(node -> groups.computeIfAbsent(node.label().name(), label -> new ArrayList<>())
			.add(Map.of("id", node.id(), "properties", node.properties())));
		return groups;
	}

	private static Map<String, List<Map<String, Object>>> relationshipsByType(List<RelationshipLine> relationships) {
		var groups = new LinkedHashMap<String, List<Map<String, Object>>>();
		relationships.forEach(line -> {
			var row = new HashMap<String, Object>();
			row.put("start", line.start());
			row.put("end", line.end());
			row.put("properties", line.properties());
			groups.computeIfAbsent(line.type().type(), type -> new ArrayList<>()).add(row);
		});
		return groups;
	}

}
