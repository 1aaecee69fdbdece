package org.integritygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The hand-written Cypher of {@code queries/} (packaged on the class path), loaded once at start-up
 * and looked up by name: {@code trace/leadership_chain} is {@code queries/trace/leadership_chain.cypher}.
 * <p>
 * A query says where the disclosure rules apply with the marker {@code /*+visible(x)*}{@code / true} (a node of
 * any label) or {@code /*+visible(x:Record)*}{@code / true}: the file stays valid Cypher (a comment and
 * {@code true}), and here the marker becomes the rule's predicate ({@link Visibility}), which reads the
 * parameter {@code $disclosure} that {@link GraphReader} gives every query of a {@link Viewer}.
 */
@Component
public class NamedQueries {

	private static final String ROOT = "queries/";

	private static final Pattern VISIBLE = Pattern.compile("/\\*\\+visible\\((\\w+)(?::(\\w+))?\\)\\*/\\s*true");

	private final Map<String, String> queries;

	NamedQueries() {
		this.queries = Collections.unmodifiableMap(load());
	}

	/** The query text; an unknown name is a programming error. */
	public String get(String name) {
		var query = this.queries.get(name);
		if (query == null) {
			throw new IllegalArgumentException("No query named '" + name + "' under " + ROOT);
		}
		return query;
	}

	/** Every query by name, for the test that runs them all against the schema. */
	public Map<String, String> all() {
		return this.queries;
	}

	/** The query with each visibility marker replaced by the predicate of the disclosure rules. */
	static String expand(String cypher) {
		return VISIBLE.matcher(cypher).replaceAll(marker -> {
			var variable = marker.group(1);
			var predicate = (marker.group(2) == null) ? Visibility.predicate(variable)
					: Visibility.predicate(GraphModel.label(marker.group(2))
						.orElseThrow(() -> new IllegalStateException("Not a label of the model: " + marker.group(2))),
							variable);
			return Matcher.quoteReplacement(predicate);
		});
	}

	private static Map<String, String> load() {
		var loaded = new TreeMap<String, String>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.cypher")) {
				var url = resource.getURL().toString();
				var name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
				loaded.put(name, expand(resource.getContentAsString(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the named queries", ex);
		}
		return loaded;
	}

}
