package org.integritygraph.api;

import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure reaches the client as an id only: no message, no stack, no Cypher. */
class GraphQlErrorsTest {

	@Test
	void unexpectedFailures_areMasked_withAnIdTheLogCarries() {
		var env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("records").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("records"))
				.build())
			.build();
		var error = new GraphQlErrors().resolveToSingleError(
				new IllegalStateException("MATCH (n:Secret) RETURN n failed at line 3"), env);
		assertThat(error).isNotNull();
		assertThat(error.getMessage()).doesNotContain("MATCH", "Secret", "IllegalStateException")
			.matches("Internal error [0-9a-f-]{36}; the service's log has the details\\.");
		assertThat(error.getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR);
		assertThat(error.getExtensions()).containsKey("errorId");
		assertThat(error.getMessage()).contains((String) error.getExtensions().get("errorId"));
	}

}
