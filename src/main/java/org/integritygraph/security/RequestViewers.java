package org.integritygraph.security;

import java.time.Instant;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.Viewer;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The viewer of a request: the public or an internal role ({@link Caller}), today by the application's clock,
 * and the request's deadline ({@code integrity.limits.request-timeout} from now). GraphQL requests get it in
 * their context ({@link GraphQlRequests}); HTTP handlers declare a {@link Viewer} parameter.
 */
@Component
public class RequestViewers implements HandlerMethodArgumentResolver {

	private final Dates dates;

	private final LimitProperties limits;

	RequestViewers(Dates dates, LimitProperties limits) {
		this.dates = dates;
		this.limits = limits;
	}

	/** The viewer of a request made now by {@code caller}. */
	public Viewer of(Caller caller) {
		var deadline = Instant.now().plus(this.limits.requestTimeout());
		return new Viewer(caller.seesEverything(), this.dates.today(), deadline);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Viewer.class;
	}

	@Override
	public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		return of(Caller.current());
	}

}
