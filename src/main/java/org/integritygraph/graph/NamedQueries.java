package org.integritygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The hand-written Cypher of {@code queries/} (packaged on the class path), loaded once at start-up
 * and looked up by name: {@code trace/leadership_chain} is {@code queries/trace/leadership_chain.cypher}.
 * <p>
 * While loading, each query is expanded:
 * <ul>
 * <li>a line {@code // #include fragment/chain} is replaced by the text of
 * {@code queries/fragment/chain.cypher}, every line indented as the include line (fragments may include
 * fragments); the files under {@code queries/fragment/} are parts of queries, not queries themselves;</li>
 * <li>a placeholder {@code ${NAME}} is replaced by the value of the constant {@code NAME} that a
 * {@link QueryConstants} bean declares (a bound such as the longest leadership chain);</li>
 * <li>a visibility marker {@code /*+visible(x)*}{@code / true} (a node of any label) or
 * {@code /*+visible(x:Record)*}{@code / true} says where the disclosure rules apply: the file stays valid
 * Cypher (a comment and {@code true}), and here the marker becomes the rule's predicate ({@link Visibility}),
 * which reads the parameter {@code $disclosure} that {@link GraphReader} gives every query of a
 * {@link Viewer}. Markers in fragments apply in every query that includes them.</li>
 * </ul>
 * An include of an unknown fragment, an include cycle, an unknown placeholder or an unknown label in a marker
 * fails the start-up.
 */
@Component
public class NamedQueries {

	/** The folder on the class path. */
	public static final String ROOT = "queries/";

	/** The folder of the fragments, relative to {@link #ROOT}. */
	public static final String FRAGMENTS = "fragment/";

	private static final Pattern INCLUDE = Pattern.compile("(?m)^([ \\t]*)// #include (\\S+)[ \\t]*$");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

	private static final Pattern VISIBLE = Pattern.compile("/\\*\\+visible\\((\\w+)(?::(\\w+))?\\)\\*/\\s*true");

	private final Map<String, String> queries;

	public NamedQueries(List<QueryConstants> constants) {
		this.queries = Collections.unmodifiableMap(expand(sources(), merge(constants)));
	}

	/** The query text; an unknown name is a programming error. */
	public String get(String name) {
		var query = this.queries.get(name);
		if (query == null) {
			throw new IllegalArgumentException("No query named '" + name + "' under " + ROOT);
		}
		return query;
	}

	/** Every query by name (fragments expanded into them, not listed), for the test that runs them all. */
	public Map<String, String> all() {
		return this.queries;
	}

	/** The query with each visibility marker replaced by the predicate of the disclosure rules. */
	static String visible(String cypher) {
		return VISIBLE.matcher(cypher).replaceAll(marker -> {
			var variable = marker.group(1);
			var predicate = (marker.group(2) == null) ? Visibility.predicate(variable)
					: Visibility.predicate(GraphModel.label(marker.group(2))
						.orElseThrow(() -> new IllegalStateException("Not a label of the model: " + marker.group(2))),
							variable);
			return Matcher.quoteReplacement(predicate);
		});
	}

	/** The text of every file of {@code queries/} as written, fragments included, by name. */
	public static Map<String, String> sources() {
		var loaded = new TreeMap<String, String>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.cypher")) {
				var url = resource.getURL().toString();
				var name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
				loaded.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the named queries", ex);
		}
		return loaded;
	}

	private static Map<String, Object> merge(List<QueryConstants> providers) {
		var merged = new TreeMap<String, Object>();
		for (var provider : providers) {
			provider.constants().forEach((name, value) -> {
				if (merged.putIfAbsent(name, value) != null) {
					throw new IllegalStateException("Query constant ${" + name + "} is declared twice");
				}
			});
		}
		return merged;
	}

	/** The queries of {@code sources} (by name) with their fragments included and placeholders replaced. */
	static Map<String, String> expand(Map<String, String> sources, Map<String, Object> constants) {
		var expanded = new TreeMap<String, String>();
		sources.forEach((name, text) -> {
			if (!name.startsWith(FRAGMENTS)) {
				expanded.put(name, visible(substitute(name, include(name, text, sources, new ArrayDeque<>()), constants)));
			}
		});
		return expanded;
	}

	private static String include(String name, String text, Map<String, String> sources, Deque<String> including) {
		if (including.contains(name)) {
			throw new IllegalStateException("Fragment include cycle: " + String.join(" -> ", including) + " -> " + name);
		}
		including.push(name);
		var matcher = INCLUDE.matcher(text);
		var out = new StringBuilder();
		while (matcher.find()) {
			var indent = matcher.group(1);
			var fragment = matcher.group(2);
			var source = sources.get(fragment);
			if (source == null || !fragment.startsWith(FRAGMENTS)) {
				throw new IllegalStateException(name + " includes " + fragment + ", which is not a file of " + ROOT
						+ FRAGMENTS);
			}
			var body = include(fragment, source.stripTrailing(), sources, including).lines()
				.map(line -> line.isBlank() ? "" : indent + line)
				.collect(Collectors.joining("\n"));
			matcher.appendReplacement(out, Matcher.quoteReplacement(body));
		}
		matcher.appendTail(out);
		including.pop();
		return out.toString();
	}

	private static String substitute(String name, String text, Map<String, Object> constants) {
		var matcher = PLACEHOLDER.matcher(text);
		var out = new StringBuilder();
		while (matcher.find()) {
			var value = constants.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(name + " uses ${" + matcher.group(1) + "}, which no QueryConstants declares");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
