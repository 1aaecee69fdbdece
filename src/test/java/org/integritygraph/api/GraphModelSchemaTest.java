package org.integritygraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.integritygraph.model.Disclosure;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Property;
import org.integritygraph.model.Relationship;
import org.integritygraph.model.RelationshipField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL schema ({@code src/main/resources/graphql/*.graphqls}) and the full-text index agree with the
 * model declaration: a declared relationship without its field, a relationship field without a declaration,
 * a property missing from its type or a label missing from search fail here.
 */
class GraphModelSchemaTest {

	private static TypeDefinitionRegistry schema;

	@BeforeAll
	static void parseSchema() throws IOException {
		schema = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				schema.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
	}

	@Test
	void everyLabel_isANodeTypeWithItsPublicProperties() {
		for (var label : GraphModel.labels()) {
			var type = type(label.name());
			assertThat(type.getImplements()).as(label + " implements Node")
				.extracting(t -> ((TypeName) t).getName())
				.contains("Node");
			var fields = fieldNames(type);
			assertThat(fields).as(label + " fields").contains("id");
			label.properties()
				.stream()
				.filter(property -> property.disclosure() == Disclosure.PUBLIC && !property.isInternal())
				.forEach(property -> assertThat(fields).as("%s.%s", label, property.name()).contains(property.name()));
		}
	}

	@Test
	void everyDeclaredRelationshipField_isInTheSchemaWithItsTypeAndArguments() {
		for (var field : GraphModel.fields()) {
			var definition = field(type(field.owner().name()), field.name());
			assertThat(definition).as("the declared field %s", field).isNotNull();
			var type = unwrapNonNull(definition.getType());
			assertThat(type instanceof ListType).as("%s is a list", field).isEqualTo(field.many());
			assertThat(typeName(type)).as("%s type", field).isEqualTo(field.valueType());
			var arguments = definition.getInputValueDefinitions().stream().map(InputValueDefinition::getName).toList();
			assertThat(arguments.contains("at")).as("%s takes at:", field).isEqualTo(field.at());
			if (field.at()) {
				assertThat(typeName(arguments(definition, "at"))).isEqualTo("Date");
			}
		}
	}

	@Test
	void everyFieldOfAnEntityType_isAPropertyARelationshipFieldOrAComputedField() {
		for (var label : GraphModel.labels()) {
			var declared = new HashSet<String>();
			declared.add("id");
			label.properties().stream().map(Property::name).forEach(declared::add);
			GraphModel.fields().stream().filter(f -> f.owner() == label).map(RelationshipField::name).forEach(declared::add);
			GraphModel.computedFields()
				.keySet()
				.stream()
				.filter(coordinates -> coordinates.startsWith(label.name() + "."))
				.map(coordinates -> coordinates.substring(label.name().length() + 1))
				.forEach(declared::add);
			assertThat(fieldNames(type(label.name()))).as("fields of %s without a declaration", label)
				.isSubsetOf(declared);
		}
		GraphModel.computedFields().keySet().forEach(coordinates -> {
			var parts = coordinates.split("\\.");
			assertThat(field(type(parts[0]), parts[1])).as("computed field %s", coordinates).isNotNull();
		});
	}

	@Test
	void everyLinkType_hasTheEndsAndPropertiesOfItsRelationship() {
		for (var link : GraphModel.linkTypes()) {
			var expected = new HashSet<String>(link.ends().keySet());
			expected.addAll(link.properties());
			assertThat(fieldNames(type(link.name()))).as(link.name()).containsExactlyInAnyOrderElementsOf(expected);
			var relationships = GraphModel.fields().stream().filter(f -> f.link() == link).map(f -> f.relationship()).distinct().toList();
			assertThat(relationships).as("relationships shown by %s", link.name()).hasSize(1);
			var relationship = relationships.getFirst();
			link.properties()
				.stream()
				.filter(p -> !(relationship.dated() && (p.equals("from") || p.equals("to"))))
				.forEach(p -> assertThat(relationship.property(p)).as("%s.%s", relationship, p).isPresent());
		}
	}

	@Test
	void everyUnionOfARelationshipField_hasTheLabelsAtTheOtherEnd() {
		GraphModel.fields().stream().filter(f -> f.link() == null && f.others().size() > 1).forEach(field -> {
			var union = schema.getType(field.union(), UnionTypeDefinition.class).orElseThrow();
			assertThat(union.getMemberTypes()).as("members of %s (%s)", field.union(), field)
				.extracting(t -> ((TypeName) t).getName())
				.containsExactlyInAnyOrderElementsOf(field.others().stream().map(Label::name).toList());
		});
	}

	@Test
	void lookups_areQueryFieldsById() {
		var query = queryFields();
		GraphModel.labels().forEach(label -> label.lookup().ifPresent(lookup -> {
			var field = query.stream().filter(f -> f.getName().equals(lookup)).findFirst();
			assertThat(field).as("Query.%s", lookup).isPresent();
			assertThat(typeName(field.get().getType())).isEqualTo(label.name());
			assertThat(field.get().getInputValueDefinitions()).extracting(InputValueDefinition::getName)
				.containsExactly("id");
		}));
	}

	@Test
	void searchTypes_areTheSearchableLabels() {
		assertThat(enumValues("SearchType")).containsExactlyElementsOf(
				GraphModel.searchableLabels().stream().map(NodeController::searchType).toList());
	}

	@Test
	void traceRelationshipTypes_areTheRelationshipTypesOfTheModel() {
		assertThat(enumValues("TraceRelationship")).containsExactlyInAnyOrderElementsOf(
				GraphModel.relationships().stream().map(Relationship::type).toList());
	}

	@Test
	void theFullTextIndex_coversTheSearchableLabelsAndProperties() throws IOException {
		Path latest;
		try (Stream<Path> files = Files.list(Path.of("graph-schema"))) {
			latest = files.filter(f -> f.getFileName().toString().toLowerCase().contains("fulltext"))
				.max(Comparator.comparing(f -> f.getFileName().toString()))
				.orElseThrow();
		}
		var cypher = Files.readString(latest);
		var labels = Pattern.compile("FOR \\(n:([\\w|]+)\\)").matcher(cypher).results().findFirst().orElseThrow().group(1);
		assertThat(labels.split("\\|")).as("labels of %s", latest)
			.containsExactlyInAnyOrderElementsOf(GraphModel.searchableLabels().stream().map(Label::name).toList());
		var properties = Pattern.compile("ON EACH \\[([^\\]]+)]").matcher(cypher).results().findFirst().orElseThrow().group(1);
		assertThat(Arrays.stream(properties.split(",")).map(p -> p.strip().replace("n.", "")).toList())
			.as("properties of %s", latest)
			.containsExactlyInAnyOrderElementsOf(GraphModel.searchableProperties());
	}

	private static ObjectTypeDefinition type(String name) {
		return schema.getType(name, ObjectTypeDefinition.class)
			.orElseThrow(() -> new AssertionError("no type " + name + " in the schema"));
	}

	private static Set<String> fieldNames(ObjectTypeDefinition type) {
		return fields(type).stream().map(FieldDefinition::getName).collect(Collectors.toSet());
	}

	private static FieldDefinition field(ObjectTypeDefinition type, String name) {
		return fields(type).stream().filter(f -> f.getName().equals(name)).findFirst().orElse(null);
	}

	/** The fields of a type with those its extensions ({@code extend type}) add. */
	private static List<FieldDefinition> fields(ObjectTypeDefinition type) {
		var fields = new java.util.ArrayList<FieldDefinition>(type.getFieldDefinitions());
		schema.objectTypeExtensions()
			.getOrDefault(type.getName(), List.of())
			.forEach(extension -> fields.addAll(extension.getFieldDefinitions()));
		return fields;
	}

	private static List<FieldDefinition> queryFields() {
		return fields(type("Query"));
	}

	private static Type<?> arguments(FieldDefinition field, String name) {
		return field.getInputValueDefinitions().stream().filter(a -> a.getName().equals(name)).findFirst().orElseThrow().getType();
	}

	private static List<String> enumValues(String name) {
		return schema.getType(name, EnumTypeDefinition.class)
			.orElseThrow()
			.getEnumValueDefinitions()
			.stream()
			.map(EnumValueDefinition::getName)
			.toList();
	}

	private static Type<?> unwrapNonNull(Type<?> type) {
		return (type instanceof NonNullType nonNull) ? nonNull.getType() : type;
	}

	private static String typeName(Type<?> type) {
		return switch (type) {
			case NonNullType nonNull -> typeName(nonNull.getType());
			case ListType list -> typeName(list.getType());
			case TypeName name -> name.getName();
			default -> throw new IllegalArgumentException(type.toString());
		};
	}

}
