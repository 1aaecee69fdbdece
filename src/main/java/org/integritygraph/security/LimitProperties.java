package org.integritygraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The limits of the endpoint ({@code integrity.limits}): checked before any Cypher runs, each refusal names
 * the limit and its value.
 *
 * @param requestTimeout the deadline of every request: no query starts after it, a running one is ended
 * @param maxBodySize the largest request body
 * @param maxDepth the deepest field nesting of a GraphQL operation
 * @param maxComplexity the cost budget of an operation: every field costs 1, a list multiplies what it holds by
 *        its page size ({@code first}) or by {@code listSize} when it has none, a trace costs {@code traceCost}
 * @param listSize the size assumed for a list without {@code first}
 * @param traceCost the price of one trace, path or neighbourhood, or of one recall report
 * @param maxAliases the most aliased fields of an operation
 * @param maxRootFields the most fields of the operation's root, aliases included
 * @param maxTokens the most tokens of a GraphQL document (graphql-java's parser stops there)
 * @param maxCharacters the most characters of a GraphQL document (graphql-java's parser stops there)
 * @param publicRequestsPerMinute the rate of requests of one anonymous client (by address)
 * @param authenticatedRequestsPerMinute the rate of requests of one token subject
 * @param maxConcurrentRequests how many GraphQL and report requests run at once; others wait briefly, then 503
 */
@ConfigurationProperties("integrity.limits")
public record LimitProperties(@DefaultValue("30s") Duration requestTimeout, @DefaultValue("64KB") DataSize maxBodySize,
		@DefaultValue("15") int maxDepth, @DefaultValue("50000") int maxComplexity, @DefaultValue("20") int listSize,
		@DefaultValue("2000") int traceCost, @DefaultValue("30") int maxAliases, @DefaultValue("20") int maxRootFields,
		@DefaultValue("5000") int maxTokens, @DefaultValue("40000") int maxCharacters,
		@DefaultValue("120") int publicRequestsPerMinute, @DefaultValue("1200") int authenticatedRequestsPerMinute,
		@DefaultValue("16") int maxConcurrentRequests) {
}
