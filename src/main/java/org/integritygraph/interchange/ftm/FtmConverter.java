package org.integritygraph.interchange.ftm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.integritygraph.interchange.Conversion;
import org.integritygraph.interchange.GraphLines;
import org.integritygraph.interchange.MappingReport;
import org.integritygraph.interchange.SourceDates;
import org.integritygraph.model.BodyKind;
import org.integritygraph.model.ContractKind;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.PartyRole;
import org.integritygraph.model.ProjectKind;
import org.integritygraph.model.ProjectStatus;
import org.integritygraph.model.Relationship;
import org.integritygraph.model.Uscc;
import org.integritygraph.model.ValueType;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.exc.SchemaException;

import org.springframework.stereotype.Component;

/**
 * Converts FollowTheMoney entities (JSON Lines, one entity per line, as OpenSanctions and Aleph export them,
 * and as {@link FtmExporter} writes them) into import lines; docs/interchange-ftm.md is the mapping. Every
 * entity is read with the {@code followthemoney} model, so an unknown schema rejects the file. Fragments of
 * one entity on several lines are merged. Values the model would reject (a partial date, a credit code or
 * identity number that fails its checksum, an unknown enumeration value) are left out and noted; a required
 * enumeration gets a default, noted too.
 */
@Component
public class FtmConverter {

	private static final Map<String, Label> NODE_SCHEMATA = Map.of("Person", GraphModel.PERSON, "PublicBody",
			GraphModel.BODY, "Company", GraphModel.COMPANY, "Organization", GraphModel.COMPANY, "Position",
			GraphModel.POST, "Project", GraphModel.PROJECT, "Contract", GraphModel.CONTRACT);

	/** A read entity and the line it (first) came from. */
	private record Read(ValueEntity entity, int line) {

		String schema() {
			return this.entity.getSchema().getName();
		}

		List<String> values(String property) {
			var schema = this.entity.getSchema();
			return schema.hasProperty(property) ? this.entity.getValues(schema.getProperty(property)) : List.of();
		}

		String first(String property) {
			var values = values(property);
			return values.isEmpty() ? null : values.getFirst();
		}

		String origin() {
			return "line %d (%s %s)".formatted(this.line, schema(), this.entity.getId());
		}

	}

	/** What an FtM id became in the graph. */
	private record Target(String id, Label label) {
	}

	public Conversion convert(InputStream in, String dataset) {
		var errors = new ArrayList<String>();
		var entities = read(in, errors);
		if (!errors.isEmpty()) {
			return Conversion.rejected(dataset, "FollowTheMoney", errors);
		}
		if (entities.isEmpty()) {
			return Conversion.rejected(dataset, "FollowTheMoney", List.of("the file holds no entity"));
		}
		return new Mapping(entities).map(dataset);
	}

	private static Map<String, Read> read(InputStream in, List<String> errors) {
		var entities = new LinkedHashMap<String, Read>();
		try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String text;
			int line = 0;
			while ((text = reader.readLine()) != null) {
				line++;
				if (line == 1 && text.startsWith("\uFEFF")) {
					text = text.substring(1);
				}
				if (text.isBlank()) {
					continue;
				}
				readLine(text, line, entities, errors);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entities;
	}

	private static void readLine(String text, int line, Map<String, Read> entities, List<String> errors) {
		ValueEntity entity;
		try {
			var json = FtmModel.JSON.readTree(text);
			if (!json.isObject()) {
				errors.add("line %d: expected a JSON object (an FtM entity)".formatted(line));
				return;
			}
			if (!json.hasNonNull("id") || json.get("id").asText().isBlank()) {
				errors.add("line %d: an entity without \"id\"".formatted(line));
				return;
			}
			if (!json.hasNonNull("schema")) {
				errors.add("line %d: entity \"%s\" has no \"schema\"".formatted(line, json.get("id").asText()));
				return;
			}
			entity = ValueEntity.fromJson(FtmModel.MODEL, json);
		}
		catch (JsonProcessingException ex) {
			errors.add("line %d: malformed JSON: %s".formatted(line, ex.getOriginalMessage()));
			return;
		}
		catch (SchemaException ex) {
			errors.add("line %d: %s".formatted(line, ex.getMessage()));
			return;
		}
		var earlier = entities.get(entity.getId());
		if (earlier == null) {
			entities.put(entity.getId(), new Read(entity, line));
		}
		else if (!earlier.entity().getSchema().equals(entity.getSchema())) {
			errors.add("line %d: entity \"%s\" is a %s here and a %s on line %d".formatted(line, entity.getId(),
					entity.getSchema().getName(), earlier.schema(), earlier.line()));
		}
		else {
			for (var property : entity.getDefinedProperties()) {
				var known = earlier.entity().getValues(property);
				entity.getValues(property)
					.stream()
					.filter(value -> !known.contains(value))
					.forEach(value -> earlier.entity().addValue(property, value));
			}
		}
	}

	/** The mapping of one file's entities. */
	private static final class Mapping {

		private final Map<String, Read> entities;

		private final Map<String, Target> targets = new LinkedHashMap<>();

		private final GraphLines lines = new GraphLines();

		private final MappingReport report = new MappingReport("FollowTheMoney");

		/** The FtM properties read, by schema. */
		private final Map<String, Set<String>> read = new LinkedHashMap<>();

		Mapping(Map<String, Read> entities) {
			this.entities = entities;
		}

		Conversion map(String dataset) {
			this.entities.values().forEach(this::target);
			for (var entity : this.entities.values()) {
				var label = NODE_SCHEMATA.get(entity.schema());
				if (label != null) {
					node(entity, label);
				}
				else {
					link(entity);
				}
			}
			unmapped();
			return new Conversion(dataset, this.lines, this.report, List.of());
		}

		/** Decides the id and label of every entity that becomes a node. */
		private void target(Read entity) {
			var label = NODE_SCHEMATA.get(entity.schema());
			if (label == null) {
				return;
			}
			var id = entity.entity().getId();
			if (label == GraphModel.COMPANY) {
				var code = creditCode(entity);
				if (code != null) {
					id = code;
				}
			}
			this.targets.put(entity.entity().getId(), new Target(id, label));
		}

		private String creditCode(Read entity) {
			return entity.values("registrationNumber").stream().filter(Uscc::isValid).findFirst().orElse(null);
		}

		private void node(Read entity, Label label) {
			var target = this.targets.get(entity.entity().getId());
			var properties = new LinkedHashMap<String, Object>();
			for (var property : entity.entity().getDefinedProperties()) {
				var name = property.getName();
				if (name.equals("keywords")) {
					keywords(entity, label, properties);
					continue;
				}
				var graphProperty = FtmProperties.imported(label, name);
				if (graphProperty == null) {
					continue;
				}
				use(entity, name);
				var values = entity.values(name);
				if (values.size() > 1) {
					this.report.note("%s.%s: only the first of several values is kept".formatted(label, graphProperty));
				}
				var value = FtmProperties.fromFtm(label, graphProperty, values.getFirst());
				value(entity, label, graphProperty, value, properties);
			}
			defaults(entity, label, properties);
			if (entity.schema().equals("Organization")) {
				this.report.note("an FtM Organization becomes a Company");
			}
			this.lines.node(label, target.id(), properties, entity.origin());
			references(entity, label, target.id());
		}

		private void keywords(Read entity, Label label, Map<String, Object> properties) {
			for (var keyword : entity.values("keywords")) {
				var colon = keyword.indexOf(FtmModel.KEYWORD_SEPARATOR);
				var name = (colon > 0) ? keyword.substring(0, colon) : null;
				if (name != null && label.property(name).isPresent() && FtmProperties.exported(label, name) == null) {
					use(entity, "keywords");
					value(entity, label, name, keyword.substring(colon + 1), properties);
				}
			}
		}

		/** Converts and checks a value with the model's own rules; one that fails is left out and noted. */
		private void value(Read entity, Label label, String name, String text, Map<String, Object> properties) {
			if (text == null) {
				return;
			}
			var property = label.property(name).orElseThrow();
			Object value = switch (property.type()) {
				case DATE -> SourceDates.date(text);
				case NUMBER -> number(text);
				case BOOLEAN -> text.equalsIgnoreCase("true") ? Boolean.TRUE
						: text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
				default -> text;
			};
			var conversion = property.convert(label.name(), value);
			if (value == null || !conversion.isValid()) {
				this.report.note("%s: %s; left out".formatted(entity.origin(),
						(value == null) ? label + "." + name + " is not a number: " + text : conversion.problem()));
				return;
			}
			properties.put(name, (property.type() == ValueType.DATE) ? conversion.value().toString() : value);
		}

		private static Double number(String text) {
			try {
				return Double.valueOf(text.replace(",", ""));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

		/** Required enumerations FtM does not know get a default, noted. */
		private void defaults(Read entity, Label label, Map<String, Object> properties) {
			if (label == GraphModel.BODY) {
				defaulted(properties, "kind", BodyKind.DEPARTMENT.name(), label);
			}
			else if (label == GraphModel.PROJECT) {
				defaulted(properties, "kind", ProjectKind.GOVERNMENT_INVESTMENT.name(), label);
				defaulted(properties, "status", ProjectStatus.PLANNED.name(), label);
			}
			else if (label == GraphModel.CONTRACT) {
				defaulted(properties, "kind", ContractKind.PROCUREMENT.name(), label);
				if (!properties.containsKey("title")) {
					use(entity, "name");
					properties.put("title", entity.first("name"));
				}
			}
		}

		private void defaulted(Map<String, Object> properties, String name, String value, Label label) {
			if (!properties.containsKey(name)) {
				properties.put(name, value);
				this.report.note("%s.%s is not in the FtM data: %s is assumed".formatted(label, name, value));
			}
		}

		/** Links an entity's properties make: a position's organisation, a contract's project and authority. */
		private void references(Read entity, Label label, String id) {
			if (label == GraphModel.POST) {
				entity.values("organization").forEach(organization -> {
					use(entity, "organization");
					relationship(entity, GraphModel.IN, id, GraphModel.POST, organization, Map.of());
				});
			}
			if (label == GraphModel.CONTRACT) {
				entity.values("project").forEach(project -> {
					use(entity, "project");
					relationship(entity, GraphModel.FOR, id, GraphModel.CONTRACT, project, Map.of());
				});
				var role = FtmProperties.authorityRole(entity.first("type"));
				entity.values("authority").forEach(authority -> {
					use(entity, "authority");
					relationship(entity, GraphModel.PARTY, id, GraphModel.CONTRACT, authority, Map.of("role", role));
				});
			}
		}

		private void link(Read entity) {
			var role = entity.first("role");
			if (role != null) {
				use(entity, "role");
			}
			switch (entity.schema()) {
				case "Occupancy" -> link(entity, GraphModel.HELD, "holder", "post");
				case "Succession" -> link(entity, GraphModel.SUCCEEDED_BY, "predecessor", "successor");
				case "ContractAward" -> link(entity, GraphModel.PARTY, "contract", "supplier");
				case "Membership" -> {
					if (FtmModel.PART_OF_ROLE.equals(role) || (isBody(entity.first("member"))
							&& isBody(entity.first("organization")))) {
						link(entity, GraphModel.PART_OF, "member", "organization");
					}
					else {
						unmappedSchema(entity, "Membership with role " + role);
					}
				}
				case "ProjectParticipant" -> {
					if (GraphModel.OWNED_BY.type().equals(role)) {
						link(entity, GraphModel.OWNED_BY, "project", "participant");
					}
					else {
						unmappedSchema(entity, "ProjectParticipant with role " + role);
					}
				}
				case "UnknownLink" -> {
					var type = (role != null) ? GraphModel.relationship(role).orElse(null) : null;
					if (type != null) {
						link(entity, type, "subject", "object");
					}
					else {
						unmappedSchema(entity, "UnknownLink with role " + role);
					}
				}
				default -> unmappedSchema(entity, entity.schema());
			}
		}

		private boolean isBody(String ftmId) {
			var target = this.targets.get(ftmId);
			return target != null && target.label() == GraphModel.BODY;
		}

		private void link(Read entity, Relationship type, String startProperty, String endProperty) {
			var start = entity.first(startProperty);
			var end = entity.first(endProperty);
			use(entity, startProperty);
			use(entity, endProperty);
			if (start == null || end == null) {
				this.report.note("%s: a %s without %s; not imported".formatted(entity.origin(), entity.schema(),
						(start == null) ? startProperty : endProperty));
				return;
			}
			var properties = new LinkedHashMap<String, Object>();
			for (var property : entity.entity().getDefinedProperties()) {
				var name = FtmProperties.linkPropertyOf(property.getName());
				var declared = (name != null) ? type.property(name).orElse(null) : null;
				if (declared == null) {
					continue;
				}
				use(entity, property.getName());
				var value = entity.first(property.getName());
				if (type == GraphModel.PARTY && name.equals("role")) {
					value = PartyRole.SUPPLIER.name();
					for (var candidate : PartyRole.values()) {
						if (candidate.name().equals(entity.first("role"))) {
							value = candidate.name();
						}
					}
				}
				Object converted = (declared.type() == ValueType.DATE) ? SourceDates.date(value) : value;
				var conversion = declared.convert(type.type(), converted);
				if (!conversion.isValid()) {
					this.report.note("%s: %s; not imported".formatted(entity.origin(), conversion.problem()));
					return;
				}
				properties.put(name, converted);
			}
			if (type == GraphModel.PARTY && !properties.containsKey("role")) {
				properties.put("role", PartyRole.SUPPLIER.name());
			}
			var missing = type.properties().stream().filter(p -> p.required() && !properties.containsKey(p.name()))
				.findFirst();
			if (missing.isPresent()) {
				this.report.note("%s: no %s for %s.%s; not imported".formatted(entity.origin(),
						FtmProperties.linkProperty(missing.get().name()), type, missing.get().name()));
				return;
			}
			var startTarget = this.targets.get(start);
			relationship(entity, type, (startTarget != null) ? startTarget.id() : start,
					(startTarget != null) ? startTarget.label() : null, end, properties);
		}

		/**
		 * A relationship to an entity of the file, or to a node expected in the graph; between labels the
		 * model does not allow, it is left out and noted.
		 */
		private void relationship(Read entity, Relationship type, String start, Label startLabel, String end,
				Map<String, Object> properties) {
			var endTarget = this.targets.get(end);
			var endId = (endTarget != null) ? endTarget.id() : end;
			if (startLabel != null && endTarget != null && !type.allows(startLabel, endTarget.label())) {
				this.report.note("%s: %s cannot connect a %s to a %s; not imported".formatted(entity.origin(), type,
						startLabel, endTarget.label()));
				return;
			}
			this.lines.relationship(type, start, endId, properties, entity.origin());
		}

		private void use(Read entity, String property) {
			this.read.computeIfAbsent(entity.schema(), key -> new HashSet<>()).add(property);
		}

		private void unmappedSchema(Read entity, String what) {
			this.report.unmapped("entities: " + what, 1);
			this.read.computeIfAbsent(entity.schema(), key -> new HashSet<>()).add("*");
		}

		/** Properties of mapped entities never read, by schema and property. */
		private void unmapped() {
			for (var entity : this.entities.values()) {
				var used = this.read.getOrDefault(entity.schema(), Set.of());
				if (used.contains("*")) {
					continue;
				}
				for (var property : entity.entity().getDefinedProperties()) {
					if (!used.contains(property.getName())) {
						this.report.unmapped(entity.schema() + "." + property.getName(), 1);
					}
				}
			}
		}

	}

}
