package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship;
import org.integritygraph.model.entity.Link;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Resolves the generic mutations that {@link EditSchema} derives from the model: each takes its {@code input}
 * as the map GraphQL coerced (absent and null fields differ: null clears an optional property), runs the
 * generic edit of {@link ModelEdits} through the {@link Editor} and answers its payload.
 */
@Configuration(proxyBeanMethods = false)
class ModelMutations implements RuntimeWiringConfigurer {

	private final Mutations mutations;

	ModelMutations(Mutations mutations) {
		this.mutations = mutations;
	}

	/** Adds the derived definitions to the schema files. */
	@Bean
	static GraphQlSourceBuilderCustomizer editSchema() {
		return builder -> builder.configureTypeDefinitions(EditSchema::addTo);
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Mutation", type -> {
			for (var label : GraphModel.labels()) {
				if (EditSchema.creatable(label)) {
					type.dataFetcher(EditSchema.createName(label), createNode(label));
				}
				if (EditSchema.updatable(label)) {
					type.dataFetcher(EditSchema.updateName(label), updateNode(label));
				}
			}
			for (var relationship : GraphModel.relationships()) {
				if (relationship.managedBy().isEmpty()) {
					var name = EditSchema.typeName(relationship);
					type.dataFetcher("create" + name, createRelationship(relationship));
					type.dataFetcher("update" + name, updateRelationship(relationship));
					type.dataFetcher("end" + name, endRelationship(relationship));
				}
			}
			return type;
		});
		wiring.type("Relation", type -> type
			.dataFetcher("properties", env -> json(((Link) env.getSource()).properties()))
			.dataFetcher("version", env -> version(env.getSource())));
		GraphModel.linkTypes()
			.forEach(link -> wiring.type(link.name(), type -> type.dataFetcher("version", env -> version(env.getSource()))));
	}

	private DataFetcher<Map<String, Object>> createNode(Label label) {
		return env -> {
			var input = input(env);
			var operation = operation(env, input, false);
			return this.mutations.run(env, operation, edit -> {
				var node = ModelEdits.createNode(edit, label, (String) input.get("id"), properties(input), "input");
				edit.result(EditSchema.field(label), node);
			});
		};
	}

	private DataFetcher<Map<String, Object>> updateNode(Label label) {
		return env -> {
			var input = input(env);
			var operation = operation(env, input, false);
			return this.mutations.run(env, operation, edit -> {
				var node = ModelEdits.updateNode(edit, label, (String) input.get("id"),
						(Integer) input.get("expectedVersion"), properties(input));
				edit.result(EditSchema.field(label), node);
			});
		};
	}

	private DataFetcher<Map<String, Object>> createRelationship(Relationship type) {
		return env -> {
			var input = input(env);
			var operation = operation(env, input, false);
			var values = properties(input);
			values.remove("startId");
			values.remove("endId");
			return this.mutations.run(env, operation, edit -> edit.result("relationship", ModelEdits
				.createRelationship(edit, type, (String) input.get("startId"), (String) input.get("endId"), values, "input")));
		};
	}

	private DataFetcher<Map<String, Object>> updateRelationship(Relationship type) {
		return env -> {
			var input = input(env);
			var operation = operation(env, input, false);
			@SuppressWarnings("unchecked")
			var changes = (Map<String, Object>) input.getOrDefault("changes", Map.of());
			return this.mutations.run(env, operation, edit -> {
				var found = ModelEdits.findRelationship(edit, type, (String) input.get("startId"),
						(String) input.get("endId"), input, "input");
				edit.stopIfFailed();
				edit.result("relationship", ModelEdits.updateRelationship(edit, found,
						(Integer) input.get("expectedVersion"), changes, "input", "changes"));
			});
		};
	}

	private DataFetcher<Map<String, Object>> endRelationship(Relationship type) {
		return env -> {
			var input = input(env);
			var operation = operation(env, input, false);
			var keys = new HashMap<>(input);
			keys.remove("to");
			return this.mutations.run(env, operation, edit -> {
				var found = ModelEdits.findRelationship(edit, type, (String) input.get("startId"),
						(String) input.get("endId"), keys, "input");
				edit.stopIfFailed();
				edit.result("relationship", ModelEdits.endRelationship(edit, found,
						(Integer) input.get("expectedVersion"), (LocalDate) input.get("to"), "input"));
			});
		};
	}

	private static Map<String, Object> input(DataFetchingEnvironment env) {
		return env.getArgument("input");
	}

	private static Operation operation(DataFetchingEnvironment env, Map<String, Object> input, boolean reasonRequired) {
		return new Operation(env.getField().getName(), (String) input.get("reason"), reasonRequired,
				(String) input.get("idempotencyKey"));
	}

	/** The input's property values: every field but the id, the version and the audit fields. */
	private static Map<String, Object> properties(Map<String, Object> input) {
		var values = new LinkedHashMap<>(input);
		Edit.META_FIELDS.forEach(values::remove);
		return values;
	}

	private static long version(Link link) {
		return (link.property(GraphModel.VERSION) instanceof Number n) ? n.longValue() : 0;
	}

	/** Properties as JSON values: dates as ISO text, sorted by name. */
	static Map<String, Object> json(Map<String, Object> properties) {
		var json = new TreeMap<String, Object>();
		properties.forEach((name, value) -> json.put(name, (value instanceof java.time.temporal.TemporalAccessor)
				? value.toString() : value));
		return json;
	}

}
