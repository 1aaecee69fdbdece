package org.integritygraph.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model declaration ({@link GraphModel}) and its enums say what graph-schema/README.md says: the README
 * is the model's documentation, so this test fails when one changes without the other.
 */
class GraphModelReadmeTest {

	private static final Path README = Path.of("graph-schema/README.md");

	private static final Pattern CODE = Pattern.compile("`(\\w+)(\\*?)`");

	@Test
	void enums_haveTheValuesOfTheReadme() throws Exception {
		var tables = table("## Enumerations");

		assertThat(tables).hasSize(14);
		for (var row : tables) {
			var enumType = Class.forName("org.integritygraph.model." + row.get(0));
			var constants = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
			assertThat(constants).as(row.get(0)).isEqualTo(codes(row.get(1)));
		}
	}

	@Test
	void nodeLabels_haveThePropertiesOfTheReadme() throws IOException {
		var rows = table("## Nodes");

		assertThat(rows).extracting(row -> codes(row.get(0)).getFirst())
			.containsExactlyElementsOf(GraphModel.labels().stream().map(Label::name).toList());
		for (var row : rows) {
			var label = GraphModel.label(codes(row.get(0)).getFirst()).orElseThrow();
			var documented = properties(row.get(2));
			assertThat(documented.remove("id")).as(label + ".id is required").isTrue();
			assertThat(requiredByName(label.properties())).as(label.name()).isEqualTo(documented);
			assertEnumTypes(label.name(), row.get(2), label.properties());
			assertThat(neverPublic(row.get(2))).as(label + ": properties documented as never public")
				.isEqualTo(label.properties().stream().filter(p -> p.disclosure() != Disclosure.PUBLIC).map(Property::name).toList());
		}
	}

	@Test
	void relationshipTypes_haveTheEndpointsAndPropertiesOfTheReadme() throws IOException {
		var rows = table("## Relationships");

		var documentedTypes = rows.stream().flatMap(row -> codes(row.get(0)).stream()).toList();
		assertThat(documentedTypes).containsExactlyInAnyOrderElementsOf(
				GraphModel.relationships().stream().map(Relationship::type).toList());
		for (var row : rows) {
			for (var typeName : codes(row.get(0))) {
				var type = GraphModel.relationship(typeName).orElseThrow();
				assertThat(type.endpoints()).as(typeName).isEqualTo(endpoints(row.get(1)));
				assertThat(requiredByName(type.properties())).as(typeName).isEqualTo(properties(row.get(2)));
				assertEnumTypes(typeName, row.get(2), type.properties());
			}
		}
	}

	@Test
	void relationshipKeys_areThoseOfTheImportFormat() {
		var keyed = GraphModel.relationships()
			.stream()
			.filter(type -> !type.keys().isEmpty())
			.collect(Collectors.toMap(Relationship::type, Relationship::keys));

		assertThat(keyed).isEqualTo(Map.of("HELD", List.of("from"), "REPORTS_TO", List.of("from"), "PART_OF",
				List.of("from"), "RESPONSIBLE", List.of("role", "from"), "PARTY", List.of("role")));
	}

	@Test
	void valueTypes_followTheNamingRulesOfTheImportFormat() {
		var dates = Pattern.compile("from|to|on|\\w+On|validFrom|validTo|disclosureUntil|birthDate");
		var ofNodes = GraphModel.labels().stream().flatMap(label -> label.properties().stream());
		var ofRelationships = GraphModel.relationships().stream().flatMap(type -> type.properties().stream());

		for (var property : Stream.concat(ofNodes, ofRelationships).toList()) {
			var expected = switch (property.name()) {
				case "budget", "value", "amount" -> ValueType.NUMBER;
				case "principal", "provisional" -> ValueType.BOOLEAN;
				case "leadUnitNames", "cooperatingUnitNames", "responsibleUnitNames", "generalAssignees" -> ValueType.STRING_LIST;
				case "resolution" -> ValueType.ENUM;
				case "uscc" -> ValueType.USCC;
				case "divisionCode" -> ValueType.DIVISION_CODE;
				case "idNumber" -> ValueType.RESIDENT_ID;
				case "kind", "level", "phase", "status", "stage", "severity", "role", "gender" -> ValueType.ENUM;
				default -> dates.matcher(property.name()).matches() ? ValueType.DATE : ValueType.STRING;
			};
			assertThat(property.type()).as(property.name()).isEqualTo(expected);
		}
	}

	/** The property names of a README cell, with whether they are required ({@code *}). */
	private static Map<String, Boolean> properties(String cell) {
		// Drop the explanations in parentheses, which may quote values such as `M`/`F`.
		var matcher = CODE.matcher(cell.replaceAll("\\([^)]*\\)", ""));
		var properties = new LinkedHashMap<String, Boolean>();
		while (matcher.find()) {
			properties.put(matcher.group(1), !matcher.group(2).isEmpty());
		}
		return properties;
	}

	private static Map<String, Boolean> requiredByName(List<Property> properties) {
		var byName = new LinkedHashMap<String, Boolean>();
		properties.forEach(property -> byName.put(property.name(), property.required()));
		return byName;
	}

	/** A property documented as {@code `kind*` (BodyKind)} allows exactly the values of that enum. */
	private static void assertEnumTypes(String owner, String cell, List<Property> properties) {
		var matcher = Pattern.compile("`(\\w+)\\*?` \\((\\w+)").matcher(cell);
		while (matcher.find()) {
			var property = properties.stream().filter(p -> p.name().equals(matcher.group(1))).findFirst().orElseThrow();
			try {
				var enumType = Class.forName("org.integritygraph.model." + matcher.group(2));
				var values = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
				assertThat(property.allowedValues()).as(owner + "." + property.name()).isEqualTo(values);
			}
			catch (ClassNotFoundException notAnEnum) {
				assertThat(property.type()).as(owner + "." + property.name()).isNotEqualTo(ValueType.ENUM);
			}
		}
	}

	/** {@code Phase → Post | Person} or {@code Record → RecordEvent, Commitment → CommitmentEvent}. */
	private static List<Relationship.Endpoints> endpoints(String cell) {
		return Arrays.stream(cell.split(","))
			.map(pair -> pair.split("→"))
			.map(ends -> new Relationship.Endpoints(labels(ends[0]), labels(ends[1])))
			.toList();
	}

	private static Set<Label> labels(String alternatives) {
		if (alternatives.strip().equals("any")) {
			return Set.copyOf(GraphModel.labels());
		}
		return Arrays.stream(alternatives.split("\\|"))
			.map(label -> GraphModel.label(label.strip()).orElseThrow())
			.collect(Collectors.toSet());
	}

	/** The properties a README cell marks as never public ({@code (never public)} after the name). */
	private static List<String> neverPublic(String cell) {
		return Pattern.compile("`(\\w+)\\*?` \\([^)]*never public").matcher(cell).results().map(r -> r.group(1)).toList();
	}

	private static List<String> codes(String cell) {
		return CODE.matcher(cell).results().map(result -> result.group(1)).toList();
	}

	/** The body rows of the first table under a heading, as cells (escaped pipes kept as "|"). */
	private static List<List<String>> table(String heading) throws IOException {
		var lines = Files.readAllLines(README);
		return lines.stream()
			.dropWhile(line -> !line.equals(heading))
			.dropWhile(line -> !line.startsWith("|"))
			.takeWhile(line -> line.startsWith("|"))
			.skip(2)
			.map(line -> Arrays.stream(line.replace("\\|", "\u0000").split("\\|"))
				.skip(1)
				.map(cell -> cell.replace('\u0000', '|').strip())
				.toList())
			.toList();
	}

}
