package org.integritygraph.node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.integritygraph.document.ChineseScript;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.graph.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Relay {@code node(id)}/{@code nodes(ids)} and the full-text {@code search}. */
@Controller
class NodeController {

	static final String BY_ID = "MATCH (n:Entity {id: $id}) RETURN n";

	static final String BY_IDS = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n";

	static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
			WHERE any(label IN labels(node) WHERE label IN $labels)
			RETURN node, score ORDER BY score DESC, node.id SKIP $offset LIMIT $limit""";

	static final String SEARCH_COUNT = """
			CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node
			WHERE any(label IN labels(node) WHERE label IN $labels)
			RETURN count(node)""";

	/** The bigram index cannot find one Chinese character: such queries scan the names instead. */
	static final String SUBSTRING = """
			MATCH (node:Entity) WHERE any(label IN labels(node) WHERE label IN $labels)
			  AND any(key IN ['name', 'nameEn', 'title', 'titleEn', 'text', 'summary', 'docNo', 'searchText']
			          WHERE node[key] CONTAINS $text OR node[key] CONTAINS $simplified)
			RETURN node, 1.0 AS score ORDER BY node.id SKIP $offset LIMIT $limit""";

	static final String SUBSTRING_COUNT = """
			MATCH (node:Entity) WHERE any(label IN labels(node) WHERE label IN $labels)
			  AND any(key IN ['name', 'nameEn', 'title', 'titleEn', 'text', 'summary', 'docNo', 'searchText']
			          WHERE node[key] CONTAINS $text OR node[key] CONTAINS $simplified)
			RETURN count(node)""";

	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");

	private static final int MAX_QUERY_LENGTH = 200;

	private final GraphReader reader;

	NodeController(GraphReader reader) {
		this.reader = reader;
	}

	@QueryMapping
	Object node(@Argument String id) {
		return this.reader.one(BY_ID, Map.of("id", id), r -> Entities.of(r.get("n").asNode())).flatMap(Function.identity())
			.orElse(null);
	}

	@QueryMapping
	List<Object> nodes(@Argument List<String> ids) {
		var found = new HashMap<String, Object>();
		this.reader.list(BY_IDS, Map.of("ids", ids), r -> r.get("n").asNode())
			.forEach(n -> Entities.of(n).ifPresent(model -> found.put(n.get("id").asString(), model)));
		return ids.stream().map(found::get).toList();
	}

	@QueryMapping
	Connection<SearchHit> search(@Argument String text, @Argument List<SearchType> types, @Argument Integer first,
			@Argument String after, DataFetchingFieldSelectionSet selection) {
		var page = PageRequest.of(first, after);
		var trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > MAX_QUERY_LENGTH) {
			throw new InvalidArgumentException("text",
					"Argument 'text' must hold 1 to " + MAX_QUERY_LENGTH + " characters.");
		}
		boolean substring = trimmed.codePointCount(0, trimmed.length()) == 1;
		var params = new HashMap<String, Object>();
		params.put("labels", SearchType.labels(types));
		params.put("offset", page.offset());
		params.put("limit", page.limit() + 1);
		// issue #12: traditional and simplified characters find each other (the index holds a simplified
		// copy of traditional texts); the query as written still finds the text as written.
		var simplified = ChineseScript.simplified(trimmed);
		if (substring) {
			params.put("text", trimmed);
			params.put("simplified", simplified);
		}
		else {
			var query = LUCENE_SPECIAL.matcher(trimmed).replaceAll("\\\\$1");
			params.put("query", simplified.equals(trimmed) ? query
					: query + " " + LUCENE_SPECIAL.matcher(simplified).replaceAll("\\\\$1"));
		}
		var hits = this.reader.list(substring ? SUBSTRING : SEARCH, params, r -> {
			var node = r.get("node").asNode();
			return new SearchHit(Entities.required(node), r.get("score").asDouble(), SearchType.ofLabels(node.labels()));
		});
		Integer total = null;
		if (selection.contains("totalCount")) {
			total = this.reader.one(substring ? SUBSTRING_COUNT : SEARCH_COUNT, params, r -> r.get(0).asInt()).orElse(0);
		}
		return page.connection(hits, total);
	}

	@SchemaMapping(typeName = "SearchEdge", field = "node")
	Object hitNode(Connection.Edge<SearchHit> edge) {
		return edge.node().node();
	}

	@SchemaMapping(typeName = "SearchEdge", field = "score")
	double hitScore(Connection.Edge<SearchHit> edge) {
		return edge.node().score();
	}

	@SchemaMapping(typeName = "SearchEdge", field = "type")
	SearchType hitType(Connection.Edge<SearchHit> edge) {
		return edge.node().type();
	}

}
