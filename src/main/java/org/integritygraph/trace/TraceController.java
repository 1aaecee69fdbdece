package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.integritygraph.graph.Viewer;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The tracing operations of {@code trace.graphqls}: fields of {@code Query}. */
@Controller
class TraceController {

	/** The defaults of {@code trace.graphqls}. */
	private static final int DEFAULT_MAX_HOPS = 4;

	private static final int DEFAULT_DEPTH = 1;

	private static final int DEFAULT_FIRST = 20;

	private final TraceService trace;

	TraceController(TraceService trace) {
		this.trace = trace;
	}

	@QueryMapping
	LeadershipChainTrace leadershipChain(@Argument String personId, @Argument String postId, @Argument LocalDate at,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.trace.as(viewer).leadershipChain(personId, postId, at).orElse(null);
	}

	@QueryMapping
	ProjectAccountability projectAccountability(@Argument String projectId, @Argument LocalDate at,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.trace.as(viewer).projectAccountability(projectId, at).orElse(null);
	}

	@QueryMapping
	ResponsibilityTrace responsibilityTrace(@Argument String recordId, @Argument String commitmentId,
			@Argument LocalDate at,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.trace.as(viewer).responsibilityTrace(recordId, commitmentId, at).orElse(null);
	}

	@QueryMapping
	OverdueCommitments overdueCommitments(@Argument String bodyId, @Argument LocalDate at,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.trace.as(viewer).overdueCommitments(bodyId, at).orElse(null);
	}

	@QueryMapping
	Connections connections(@Argument String fromId, @Argument String toId, @Argument Integer maxHops,
			@Argument List<String> relationshipTypes,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.trace.as(viewer)
			.connections(fromId, toId, orDefault(maxHops, DEFAULT_MAX_HOPS), types(relationshipTypes))
			.orElse(null);
	}

	@QueryMapping
	Neighbourhood neighbourhood(@Argument String id, @Argument Integer depth,
			@Argument List<String> relationshipTypes, @Argument Integer first, @Argument String after,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.trace.as(viewer)
			.neighbourhood(id, orDefault(depth, DEFAULT_DEPTH), types(relationshipTypes), orDefault(first, DEFAULT_FIRST),
					after)
			.orElse(null);
	}

	/** An explicit null takes the schema's default. */
	private static int orDefault(Integer value, int defaultValue) {
		return (value != null) ? value : defaultValue;
	}

	private static Set<String> types(List<String> types) {
		return (types == null || types.isEmpty()) ? null : Set.copyOf(types);
	}

}
