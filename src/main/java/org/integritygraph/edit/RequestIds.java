package org.integritygraph.edit;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Gives every GraphQL request over HTTP an id for the audit trail: the client's {@code X-Request-Id} header
 * (so that a log line, a proxy's trace and an audit entry can be matched), else the request's own id.
 */
@Component
class RequestIds implements WebGraphQlInterceptor {

	static final String HEADER = "X-Request-Id";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		var header = request.getHeaders().getFirst(HEADER);
		var id = (StringUtils.hasText(header) && header.length() <= 200) ? header : request.getId();
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(Mutations.REQUEST_ID, id))
			.build());
		return chain.next(request);
	}

}
