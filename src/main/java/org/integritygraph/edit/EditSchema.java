package org.integritygraph.edit;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.LinkType;
import org.integritygraph.model.Property;
import org.integritygraph.model.Relationship;

/**
 * The part of the GraphQL schema derived from the model declaration ({@link GraphModel}), added to the
 * schema files at start-up: {@code version} and {@code history} on every entity type and {@code version} on
 * every link type, and the generic mutations with their inputs and payloads — {@code create<Label>} and
 * {@code update<Label>} for every label (unless a domain operation creates or changes its nodes),
 * {@code create<Type>}, {@code update<Type>} and, for a dated type, {@code end<Type>} for every relationship
 * type (unless a domain operation manages it).
 */
final class EditSchema {

	private static final String META_CREATE = """
			  "Why (kept in the audit trail)."
			  reason: String
			  "Makes a retried mutation apply once: the same key answers the first application."
			  idempotencyKey: String
			""";

	private static final String META_UPDATE = """
			  "The version as read; a stale one is a `CONFLICT` and changes nothing."
			  expectedVersion: Int
			""" + META_CREATE;

	private EditSchema() {
	}

	/** Adds the derived definitions to {@code registry} (which holds the schema files). */
	static void addTo(TypeDefinitionRegistry registry) {
		registry.merge(new SchemaParser().parse(sdl(registry)));
	}

	/** The derived definitions as SDL; a payload type already in {@code registry} is used, not generated. */
	static String sdl(TypeDefinitionRegistry registry) {
		var sdl = new StringBuilder();
		entityFields(sdl);
		var mutations = new StringBuilder();
		for (var label : GraphModel.labels()) {
			if (creatable(label)) {
				mutations.append("  \"Creates a %s (%s).\"\n  %s(input: %sInput!): %sPayload!\n".formatted(label,
						label.chinese(), createName(label), capitalise(createName(label)), label));
				createInput(sdl, label);
			}
			if (updatable(label)) {
				mutations.append("  \"Changes properties of a %s (%s); a null value removes an optional one.\"\n  %s(input: %sInput!): %sPayload!\n"
					.formatted(label, label.chinese(), updateName(label), capitalise(updateName(label)), label));
				updateInput(sdl, label);
			}
			if ((creatable(label) || updatable(label)) && registry.getType(label.name() + "Payload").isEmpty()) {
				sdl.append("\"What `%s` and `%s` answer.\"\ntype %sPayload implements Payload {\n  %s: %s\n"
					.formatted(createName(label), updateName(label), label, field(label), label))
					.append("  userErrors: [UserError!]!\n  audit: AuditEntry\n  replayed: Boolean!\n}\n\n");
			}
		}
		for (var type : GraphModel.relationships()) {
			if (type.managedBy().isPresent()) {
				continue;
			}
			var name = typeName(type);
			mutations.append("  \"Creates a %s relationship (%s): %s.\"\n  create%s(input: Create%sInput!): RelationshipPayload!\n"
				.formatted(type, type.chinese(), endpoints(type), name, name));
			relationshipCreateInput(sdl, type);
			if (!type.properties().isEmpty()) {
				mutations.append("  \"Changes properties of a %s relationship, found by its ends%s.\"\n  update%s(input: Update%sInput!): RelationshipPayload!\n"
					.formatted(type, type.keys().isEmpty() ? "" : " and " + String.join(", ", type.keys()), name,
							name));
				relationshipUpdateInput(sdl, type);
			}
			if (type.dated()) {
				mutations.append("  \"Ends a %s relationship on `to` (it is not valid on `to`).\"\n  end%s(input: End%sInput!): RelationshipPayload!\n"
					.formatted(type, name, name));
				relationshipEndInput(sdl, type);
			}
		}
		sdl.append("extend type Mutation {\n").append(mutations).append("}\n");
		return sdl.toString();
	}

	static boolean creatable(Label label) {
		return label.createdThrough().isEmpty() && !label.isImmutable();
	}

	static boolean updatable(Label label) {
		return label.updatedThrough().isEmpty() && !label.isImmutable();
	}

	static String createName(Label label) {
		return "create" + label.name();
	}

	static String updateName(Label label) {
		return "update" + label.name();
	}

	/** The payload field that holds the node: the label in lower camel case ({@code commitmentEvent}). */
	static String field(Label label) {
		return Character.toLowerCase(label.name().charAt(0)) + label.name().substring(1);
	}

	/** {@code PART_OF} → {@code PartOf}. */
	static String typeName(Relationship type) {
		return java.util.Arrays.stream(type.type().split("_"))
			.map(part -> part.charAt(0) + part.substring(1).toLowerCase(Locale.ROOT))
			.collect(Collectors.joining());
	}

	private static void entityFields(StringBuilder sdl) {
		var fields = GraphModel.entityFields();
		var block = "  \"%s.\"\n  version: Int!\n  \"%s.\"\n  history: [Change!]!\n".formatted(
				capitalise(fields.get(GraphModel.VERSION)), capitalise(fields.get("history")));
		sdl.append("extend interface Node {\n").append(block).append("}\n\n");
		GraphModel.labels().forEach(label -> sdl.append("extend type ").append(label).append(" {\n").append(block)
			.append("}\n\n"));
		for (LinkType link : GraphModel.linkTypes()) {
			sdl.append("extend type %s {\n  \"The version of the relationship, counted up with every change.\"\n  version: Int!\n}\n\n"
				.formatted(link.name()));
		}
	}

	private static void createInput(StringBuilder sdl, Label label) {
		sdl.append("input %sInput {\n".formatted(capitalise(createName(label))));
		sdl.append("  \"The id (default: %s).\"\n  id: ID\n".formatted(
				(label == GraphModel.COMPANY) ? "the credit code, else a new UUID" : "a new UUID"));
		label.properties().stream().filter(p -> !p.isManaged()).forEach(p -> property(sdl, p, p.required()));
		sdl.append(META_CREATE).append("}\n\n");
	}

	private static void updateInput(StringBuilder sdl, Label label) {
		sdl.append("input %sInput {\n  id: ID!\n".formatted(capitalise(updateName(label))));
		label.properties().stream().filter(p -> !p.isManaged()).forEach(p -> property(sdl, p, false));
		sdl.append(META_UPDATE).append("}\n\n");
	}

	private static void relationshipCreateInput(StringBuilder sdl, Relationship type) {
		sdl.append("input Create%sInput {\n  startId: ID!\n  endId: ID!\n".formatted(typeName(type)));
		type.properties().forEach(p -> property(sdl, p, p.required()));
		sdl.append(META_CREATE).append("}\n\n");
	}

	private static void relationshipUpdateInput(StringBuilder sdl, Relationship type) {
		var name = typeName(type);
		sdl.append("input Update%sInput {\n  startId: ID!\n  endId: ID!\n".formatted(name));
		keys(sdl, type);
		sdl.append("  \"The new values.\"\n  changes: %sChanges!\n".formatted(name));
		sdl.append(META_UPDATE).append("}\n\n");
		sdl.append("\"New values of a %s relationship; a null value removes an optional one.\"\ninput %sChanges {\n"
			.formatted(type, name));
		type.properties().forEach(p -> property(sdl, p, false));
		sdl.append("}\n\n");
	}

	private static void relationshipEndInput(StringBuilder sdl, Relationship type) {
		sdl.append("input End%sInput {\n  startId: ID!\n  endId: ID!\n".formatted(typeName(type)));
		keys(sdl, type);
		sdl.append("  \"The day it is no longer valid.\"\n  to: Date!\n");
		sdl.append(META_UPDATE).append("}\n\n");
	}

	private static void keys(StringBuilder sdl, Relationship type) {
		type.keys().forEach(key -> sdl.append("  \"Identifies the relationship among those between the two nodes (its current value).\"\n  %s: %s\n"
			.formatted(key, graphQlType(type.property(key).orElseThrow()))));
	}

	private static void property(StringBuilder sdl, Property property, boolean required) {
		sdl.append("  ").append(property.name()).append(": ").append(graphQlType(property));
		sdl.append(required ? "!\n" : "\n");
	}

	/** The GraphQL input type of a property's values. */
	static String graphQlType(Property property) {
		return switch (property.type()) {
			case STRING, USCC, DIVISION_CODE, RESIDENT_ID -> "String";
			case DATE -> "Date";
			case NUMBER -> "Float";
			case BOOLEAN -> "Boolean";
			case ENUM -> property.enumType();
			case STRING_LIST -> "[String!]";
		};
	}

	private static String endpoints(Relationship type) {
		return type.endpoints().stream().map(Object::toString).collect(Collectors.joining(", "));
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** For tests: the names of the generated mutations and the labels or types they edit. */
	static Map<String, String> mutationNames() {
		var names = new java.util.LinkedHashMap<String, String>();
		GraphModel.labels().forEach(label -> {
			if (creatable(label)) {
				names.put(createName(label), label.name());
			}
			if (updatable(label)) {
				names.put(updateName(label), label.name());
			}
		});
		GraphModel.relationships().stream().filter(type -> type.managedBy().isEmpty()).forEach(type -> {
			names.put("create" + typeName(type), type.type());
			if (!type.properties().isEmpty()) {
				names.put("update" + typeName(type), type.type());
			}
			if (type.dated()) {
				names.put("end" + typeName(type), type.type());
			}
		});
		return names;
	}

}
