package org.integritygraph.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** The embedded database runs exactly when no external Neo4j is configured ({@code NEO4J_URI}). */
class EmbeddedNeo4jCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return embedded(context.getEnvironment().getProperty("NEO4J_URI"));
	}

	/** Whether the embedded database runs with this {@code NEO4J_URI} (none). */
	static boolean embedded(String neo4jUri) {
		return !StringUtils.hasText(neo4jUri);
	}

}
