package org.integritygraph.security;

import graphql.introspection.Introspection;
import graphql.parser.ParserOptions;
import org.integritygraph.graph.Viewer;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prepares every GraphQL request before graphql-java parses it: the caller's {@link Viewer} in the context
 * (every resolver reads with it), the parser's limits on tokens and characters, and introspection switched
 * off for the public when {@code integrity.security.public-introspection} is false (production).
 */
@Component
class GraphQlRequests implements WebGraphQlInterceptor {

	private final RequestViewers viewers;

	private final ParserOptions parserOptions;

	private final boolean publicIntrospection;

	GraphQlRequests(RequestViewers viewers, LimitProperties limits, SecurityProperties security) {
		this.viewers = viewers;
		this.publicIntrospection = security.publicIntrospection();
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(limits.maxTokens())
				.maxCharacters(limits.maxCharacters())
				.maxRuleDepth(Math.max(limits.maxDepth() * 4, 100)));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
		var viewer = this.viewers.of(caller);
		boolean introspection = this.publicIntrospection || caller.seesEverything();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
			context.put(Viewer.KEY, viewer);
			context.put(Caller.class, caller);
			context.put(ParserOptions.class, this.parserOptions);
			if (!introspection) {
				context.put(Introspection.INTROSPECTION_DISABLED, true);
			}
		}).build());
		return chain.next(request);
	}

}
