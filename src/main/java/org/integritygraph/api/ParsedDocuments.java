package org.integritygraph.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct operation text once: the document of a query text that parsed and
 * validated without error is kept (at most {@link #MAX_CHARACTERS} characters of query text in all, the least
 * recently used forgotten first) and reused by the next request with the same text. A text with errors is
 * parsed and validated again every time (its errors name the request's locale). Nothing else is shared
 * between requests: variables, the caller, the limits and the execution are each request's own.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

	/** The query texts kept, in characters (one operation has at most {@code integrity.limits.max-characters}). */
	static final long MAX_CHARACTERS = 4_000_000;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARACTERS)
		.<String, PreparsedDocumentEntry>weigher((query, entry) -> query.length())
		.build();

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		var query = input.getQuery();
		var kept = this.documents.getIfPresent(query);
		if (kept != null) {
			return CompletableFuture.completedFuture(kept);
		}
		var entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			this.documents.put(query, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

}
