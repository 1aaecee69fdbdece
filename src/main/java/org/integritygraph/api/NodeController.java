package org.integritygraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.integritygraph.graph.ChineseScript;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Visibility;
import org.integritygraph.graph.Viewer;
import org.neo4j.driver.exceptions.ClientException;
import org.integritygraph.model.entity.Entity;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Relay {@code node(id)}/{@code nodes(ids)} and the full-text {@code search} over the labels and properties
 * the model declares searchable ({@link GraphModel#searchableLabels()}).
 */
@Controller
class NodeController {

	static final String BY_ID = "MATCH (n:Entity {id: $id}) WHERE %s RETURN n".formatted(Visibility.predicate("n"));

	static final String BY_IDS = "MATCH (n:Entity) WHERE n.id IN $ids AND %s RETURN n".formatted(Visibility.predicate("n"));

	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
			WHERE any(label IN labels(node) WHERE label IN $labels) AND %s
			WITH node, score ORDER BY score DESC, node.id SKIP $offset LIMIT $limit
			RETURN node, score""".formatted(Visibility.predicate("node"));

	static final String SEARCH_COUNT = """
			CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node
			WHERE any(label IN labels(node) WHERE label IN $labels) AND %s
			RETURN count(node)""".formatted(Visibility.predicate("node"));

	/** The bigram index cannot find one Chinese character: such queries scan the searchable properties instead. */
	static final String SUBSTRING = """
			MATCH (node:Entity) WHERE any(label IN labels(node) WHERE label IN $labels)
			  AND any(key IN $keys WHERE node[key] CONTAINS $text OR node[key] CONTAINS $simplified) AND %s
			WITH node ORDER BY node.id SKIP $offset LIMIT $limit
			RETURN node, 1.0 AS score""".formatted(Visibility.predicate("node"));

	static final String SUBSTRING_COUNT = """
			MATCH (node:Entity) WHERE any(label IN labels(node) WHERE label IN $labels)
			  AND any(key IN $keys WHERE node[key] CONTAINS $text OR node[key] CONTAINS $simplified) AND %s
			RETURN count(node)""".formatted(Visibility.predicate("node"));

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

	/** Lucene's operators, which its query parser reads only in upper case: searched as the words they are. */
	private static final Pattern LUCENE_OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private static final int MAX_QUERY_LENGTH = 200;

	private static final String PROCEDURE_FAILED = "Neo.ClientError.Procedure.ProcedureCallFailed";

	private final GraphReader reader;

	NodeController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Entity node(@Argument String id, @ContextValue(Viewer.KEY) Viewer viewer) {
		return this.reader.one(viewer, BY_ID, Map.of("id", id), r -> Entities.of(r.get("n").asNode()))
			.flatMap(e -> e)
			.orElse(null);
	}

	@QueryMapping
	List<Entity> nodes(@Argument List<String> ids, @ContextValue(Viewer.KEY) Viewer viewer) {
		if (ids.size() > PageRequest.MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("ids", "At most " + PageRequest.MAX_PAGE_SIZE + " ids, were " + ids.size());
		}
		var found = new HashMap<String, Entity>();
		this.reader.list(viewer, BY_IDS, Map.of("ids", ids), r -> r.get("n").asNode())
			.forEach(n -> Entities.of(n).ifPresent(model -> found.put(model.id(), model)));
		return ids.stream().map(found::get).toList();
	}

	@QueryMapping
	Connection<SearchHit> search(@Argument String text, @Argument List<String> types, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection, @ContextValue(Viewer.KEY) Viewer viewer) {
		var page = PageRequest.of(first, after);
		var trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY_LENGTH) {
			throw new InvalidArgumentException("text",
					"Argument 'text' must hold 1 to " + MAX_QUERY_LENGTH + " characters.");
		}
		boolean substring = trimmed.codePointCount(0, trimmed.length()) == 1;
		var params = new HashMap<String, Object>();
		params.put("labels", labels(types));
		params.put("offset", page.offset());
		params.put("limit", page.limit() + 1);
		// traditional and simplified characters find each other: the index holds a simplified copy of
		// traditional texts (searchText), and the query is folded the same way
		var simplified = ChineseScript.simplified(trimmed);
		if (substring) {
			params.put("text", trimmed);
			params.put("simplified", simplified);
			params.put("keys", GraphModel.searchableProperties());
		}
		else {
			var query = luceneQuery(trimmed);
			params.put("query", simplified.equals(trimmed) ? query : query + " " + luceneQuery(simplified));
		}
		try {
			var properties = Projections.of(GraphModel.searchableLabels(), selection.getFields("edges/node")
				.stream()
				.map(SelectedField::getSelectionSet)
				.toList());
			// what is read of the page's nodes only (the queries end with "RETURN node, ...")
			var cypher = (substring ? SUBSTRING : SEARCH).replace("RETURN node,",
					"RETURN " + Entities.projection("node", properties != null) + " AS node,");
			params.putAll(Entities.projected(properties));
			var names = Entities.names(properties);
			var hits = this.reader.list(viewer, cypher, params, r -> {
				var entity = Entities.read(r.get("node"), names);
				return new SearchHit(entity, r.get("score").asDouble(), searchType(GraphModel.labelOf(entity)));
			});
			Integer total = null;
			if (selection.contains("totalCount")) {
				total = this.reader.one(viewer, substring ? SUBSTRING_COUNT : SEARCH_COUNT, params, r -> r.get(0).asInt())
					.orElse(0);
			}
			return page.connection(hits, total);
		}
		catch (ClientException ex) {
			// what escaping leaves for Lucene to refuse is still the caller's text, not a failure of the service
			if (PROCEDURE_FAILED.equals(ex.code())) {
				throw new InvalidArgumentException("text", "Argument 'text' cannot be searched: " + trimmed);
			}
			throw ex;
		}
	}

	/** The text as a Lucene query of its words: special characters escaped, operators as plain words. */
	static String luceneQuery(String text) {
		var escaped = LUCENE_SPECIAL.matcher(text).replaceAll("\\\\$1");
		return LUCENE_OPERATOR.matcher(escaped).replaceAll(match -> match.group().toLowerCase(Locale.ROOT));
	}

	@SchemaMapping(typeName = "SearchEdge", field = "node")
	Entity hitNode(Connection.Edge<SearchHit> edge) {
		return edge.node().node();
	}

	@SchemaMapping(typeName = "SearchEdge", field = "score")
	double hitScore(Connection.Edge<SearchHit> edge) {
		return edge.node().score();
	}

	@SchemaMapping(typeName = "SearchEdge", field = "type")
	String hitType(Connection.Edge<SearchHit> edge) {
		return edge.node().type();
	}

	/** The {@code SearchType} of a label: its name in upper snake case ({@code CommitmentEvent} → {@code COMMITMENT_EVENT}). */
	static String searchType(Label label) {
		return label.name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

	/** The labels of the search types asked for (all searchable labels when none). */
	private static List<String> labels(List<String> types) {
		return GraphModel.searchableLabels()
			.stream()
			.filter(label -> types == null || types.isEmpty() || types.contains(searchType(label)))
			.map(Label::name)
			.toList();
	}

}
