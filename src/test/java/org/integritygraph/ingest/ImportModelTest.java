package org.integritygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
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
 * The import model and the shared enums say what graph-schema/README.md says: the README is
 * the model's documentation, so this test fails when one changes without the other.
 */
class ImportModelTest {

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
			.containsExactlyElementsOf(Arrays.stream(NodeLabel.values()).map(NodeLabel::label).toList());
		for (var row : rows) {
			var label = NodeLabel.of(codes(row.get(0)).getFirst()).orElseThrow();
			var documented = properties(row.get(2));
			assertThat(documented.remove("id")).as(label + ".id is required").isTrue();
			assertThat(requiredByName(label.properties())).as(label.label()).isEqualTo(documented);
			assertEnumTypes(label.label(), row.get(2), label.properties());
		}
	}

	@Test
	void relationshipTypes_haveTheEndpointsAndPropertiesOfTheReadme() throws IOException {
		var rows = table("## Relationships");

		var documentedTypes = rows.stream().flatMap(row -> codes(row.get(0)).stream()).toList();
		assertThat(documentedTypes).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(RelationshipType.values()).map(RelationshipType::type).toList());
		for (var row : rows) {
			for (var typeName : codes(row.get(0))) {
				var type = RelationshipType.of(typeName).orElseThrow();
				assertThat(type.endpoints()).as(typeName).isEqualTo(endpoints(row.get(1)));
				assertThat(requiredByName(type.properties())).as(typeName).isEqualTo(properties(row.get(2)));
				assertEnumTypes(typeName, row.get(2), type.properties());
			}
		}
	}

	@Test
	void relationshipKeys_areThoseOfTheImportFormat() {
		var keyed = Arrays.stream(RelationshipType.values())
			.filter(type -> !type.keys().isEmpty())
			.collect(Collectors.toMap(RelationshipType::type, RelationshipType::keys));

		assertThat(keyed).isEqualTo(Map.of("HELD", List.of("from"), "REPORTS_TO", List.of("from"), "PART_OF",
				List.of("from"), "RESPONSIBLE", List.of("role", "from"), "PARTY", List.of("role")));
	}

	@Test
	void valueTypes_followTheNamingRulesOfTheImportFormat() {
		var dates = Pattern.compile("from|to|on|\\w+On|validFrom|validTo|disclosureUntil|birthDate");
		var ofNodes = Arrays.stream(NodeLabel.values()).flatMap(label -> label.properties().stream());
		var ofRelationships = Arrays.stream(RelationshipType.values()).flatMap(type -> type.properties().stream());

		for (var property : Stream.concat(ofNodes, ofRelationships).toList()) {
			var expected = switch (property.name()) {
				case "budget", "value", "amount" -> ValueType.NUMBER;
				case "principal" -> ValueType.BOOLEAN;
				// issue #12: policy documents
				case "provisional" -> ValueType.BOOLEAN;
				case "leadUnits", "cooperatingUnits", "responsibleUnits", "generalAssignees" -> ValueType.STRING_LIST;
				case "resolution" -> ValueType.ENUM;
				case "uscc" -> ValueType.USCC;
				case "divisionCode" -> ValueType.DIVISION_CODE;
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

	private static Map<String, Boolean> requiredByName(List<PropertySpec> properties) {
		var byName = new LinkedHashMap<String, Boolean>();
		properties.forEach(property -> byName.put(property.name(), property.required()));
		return byName;
	}

	/** A property documented as {@code `kind*` (BodyKind)} allows exactly the values of that enum. */
	private static void assertEnumTypes(String owner, String cell, List<PropertySpec> properties) {
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
	private static List<Endpoints> endpoints(String cell) {
		return Arrays.stream(cell.split(","))
			.map(pair -> pair.split("→"))
			.map(ends -> new Endpoints(labels(ends[0]), labels(ends[1])))
			.toList();
	}

	private static Set<NodeLabel> labels(String alternatives) {
		if (alternatives.strip().equals("any")) {
			return EnumSet.allOf(NodeLabel.class);
		}
		return Arrays.stream(alternatives.split("\\|"))
			.map(label -> NodeLabel.of(label.strip()).orElseThrow())
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(NodeLabel.class)));
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
