package org.integritygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The hand-written Cypher of {@code queries/} (packaged on the class path), loaded once at start-up
 * and looked up by name: {@code trace/leadership_chain} is {@code queries/trace/leadership_chain.cypher}.
 */
@Component
public class NamedQueries {

	private static final String ROOT = "queries/";

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

	private static Map<String, String> load() {
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

}
