package org.integritygraph.interchange.ftm;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.model.Disclosure;
import org.integritygraph.model.Visibility;
import org.integritygraph.graph.Viewer;
import org.integritygraph.graph.Dates;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Relationship;
import org.neo4j.driver.Value;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.exc.SchemaException;

import org.springframework.stereotype.Component;

/**
 * Writes the graph's persons, public bodies, posts and their tenures, companies, contracts with their
 * parties, and projects as FollowTheMoney entities, one JSON object per line (the format of
 * OpenSanctions and Aleph); docs/interchange-ftm.md is the mapping. Every entity is built with the
 * {@code followthemoney} model, so an unknown property cannot be written. Only properties whose disclosure
 * class is among those asked for are written: a public export leaves out personal and restricted ones, and
 * holds only the nodes the disclosure rules make public ({@code Visibility}) and the links between them.
 * Reads go page by page (ordered by id), so any size of graph streams out in bounded memory, in the same
 * order every time.
 */
@Component
public class FtmExporter {

	/** What a public portal may see. */
	public static final Set<Disclosure> PUBLIC = EnumSet.of(Disclosure.PUBLIC);

	/** Everything: for investigators. */
	public static final Set<Disclosure> ALL = EnumSet.allOf(Disclosure.class);

	private static final int PAGE = 2000;

	/** Node labels exported, with their FtM schema. */
	private static final Map<Label, String> SCHEMATA = new LinkedHashMap<>();

	static {
		SCHEMATA.put(GraphModel.BODY, "PublicBody");
		SCHEMATA.put(GraphModel.PERSON, "Person");
		SCHEMATA.put(GraphModel.POST, "Position");
		SCHEMATA.put(GraphModel.COMPANY, "Company");
		SCHEMATA.put(GraphModel.PROJECT, "Project");
		SCHEMATA.put(GraphModel.CONTRACT, "Contract");
	}

	/** Relationship types exported as FtM link entities, with the schema and its two ends. */
	private static final List<Link> LINKS = List.of(new Link(GraphModel.HELD, "Occupancy", "holder", "post"),
			new Link(GraphModel.PART_OF, "Membership", "member", "organization"),
			new Link(GraphModel.REPORTS_TO, "UnknownLink", "subject", "object"),
			new Link(GraphModel.SUCCEEDED_BY, "Succession", "predecessor", "successor"),
			new Link(GraphModel.OWNED_BY, "ProjectParticipant", "project", "participant"),
			new Link(GraphModel.SIGNED_BY, "UnknownLink", "subject", "object"));

	private record Link(Relationship type, String schema, String startProperty, String endProperty) {
	}

	private final GraphReader reader;

	private final Dates dates;

	public FtmExporter(GraphReader reader, Dates dates) {
		this.reader = reader;
		this.dates = dates;
	}

	/**
	 * Writes the entities, one per line.
	 *
	 * @param visible the disclosure classes of the properties to write ({@link #PUBLIC}, {@link #ALL})
	 * @return how many entities of each schema were written
	 */
	public Map<String, Integer> export(PrintStream out, Set<Disclosure> visible) {
		// a public export holds only the nodes the disclosure rules make public, and links between them
		var viewer = new Viewer(!visible.equals(PUBLIC), this.dates.today(), null);
		var counts = new TreeMap<String, Integer>();
		SCHEMATA.forEach((label, schema) -> pages(viewer, nodeQuery(label), row -> {
			write(out, node(label, schema, row, visible), counts);
		}));
		for (var link : LINKS) {
			pages(viewer, linkQuery(link.type()), row -> write(out, link(link, row, visible), counts));
		}
		pages(viewer, partyQuery(), row -> write(out, party(row), counts));
		return counts;
	}

	private void pages(Viewer viewer, String cypher, java.util.function.Consumer<org.neo4j.driver.Record> each) {
		var after = "";
		while (true) {
			var rows = this.reader.list(viewer, cypher,
					Map.of("after", after, "page", PAGE, "grantorKinds", FtmProperties.GRANTOR_KINDS), row -> row);
			rows.forEach(each);
			var keys = rows.stream().map(row -> row.get("key").asString()).distinct().count();
			if (keys < PAGE) {
				return;
			}
			after = rows.getLast().get("key").asString();
		}
	}

	private static String nodeQuery(Label label) {
		var extra = switch (label.name()) {
			case "Post" -> "OPTIONAL MATCH (n)-[:IN]->(body:Body) WITH n, collect(body.id) AS organization";
			case "Contract" -> """
					OPTIONAL MATCH (n)-[:FOR]->(project:Project)
					WITH n, collect(project.id) AS project
					OPTIONAL MATCH (n)-[party:PARTY]->(authority)
					WHERE party.role = CASE WHEN n.kind IN $grantorKinds THEN 'GRANTOR' ELSE 'BUYER' END
					WITH n, project, collect(DISTINCT authority.id) AS authority""";
			default -> "WITH n";
		};
		var columns = switch (label.name()) {
			case "Post" -> ", organization";
			case "Contract" -> ", project, authority";
			default -> "";
		};
		return """
				MATCH (n:%s) WHERE n.id > $after AND %s
				WITH n ORDER BY n.id LIMIT $page
				%s
				RETURN n.id AS key, properties(n) AS properties%s
				ORDER BY key
				""".formatted(label.name(), Visibility.predicate(label, "n"), extra, columns);
	}

	/** Relationships page by start node: every relationship of a page of start nodes. */
	private static String linkQuery(Relationship type) {
		return """
				MATCH (a:Entity)-[:%1$s]->() WHERE a.id > $after AND NOT a:Commitment
				WITH DISTINCT a ORDER BY a.id LIMIT $page
				MATCH (a)-[r:%1$s]->(b)
				WHERE %2$s AND %3$s
				RETURN a.id AS key, b.id AS end, properties(r) AS properties
				ORDER BY key, end, r.from
				""".formatted(type.type(), Visibility.predicate("a"), Visibility.predicate("b"));
	}

	/**
	 * Contract parties other than the contracting authority (the party in the role {@link FtmProperties#authorityRole}
	 * gives the contract's kind), as contract awards with their role.
	 */
	private static String partyQuery() {
		return """
				MATCH (a:Contract)-[p:PARTY]->() WHERE a.id > $after
				  AND p.role <> CASE WHEN a.kind IN $grantorKinds THEN 'GRANTOR' ELSE 'BUYER' END
				WITH DISTINCT a ORDER BY a.id LIMIT $page
				MATCH (a)-[r:PARTY]->(b) WHERE r.role <> CASE WHEN a.kind IN $grantorKinds THEN 'GRANTOR' ELSE 'BUYER' END
				RETURN a.id AS key, b.id AS end, r.role AS role
				ORDER BY key, end, role
				""";
	}

	private static ValueEntity node(Label label, String schema, org.neo4j.driver.Record row, Set<Disclosure> visible) {
		var entity = new ValueEntity(row.get("key").asString(), FtmModel.MODEL.getSchema(schema));
		var properties = row.get("properties");
		for (var property : label.properties()) {
			var value = properties.get(property.name());
			if (value.isNull() || !visible.contains(property.disclosure())) {
				continue;
			}
			var ftm = FtmProperties.exported(label, property.name());
			var text = text(value);
			if (ftm == null) {
				add(entity, "keywords", property.name() + FtmModel.KEYWORD_SEPARATOR + text);
			}
			else {
				add(entity, ftm, FtmProperties.toFtm(label, property.name(), text));
			}
		}
		if (label == GraphModel.BODY || label == GraphModel.COMPANY) {
			add(entity, "jurisdiction", "cn");
		}
		if (label == GraphModel.POST) {
			row.get("organization").asList(Value::asString).forEach(id -> add(entity, "organization", id));
		}
		if (label == GraphModel.CONTRACT) {
			row.get("project").asList(Value::asString).forEach(id -> add(entity, "project", id));
			row.get("authority").asList(Value::asString).forEach(id -> add(entity, "authority", id));
		}
		return entity;
	}

	private static ValueEntity link(Link link, org.neo4j.driver.Record row, Set<Disclosure> visible) {
		var start = row.get("key").asString();
		var end = row.get("end").asString();
		var properties = row.get("properties");
		var id = new StringBuilder(link.type().type()).append(':').append(start).append(':').append(end);
		link.type().keys().forEach(key -> id.append(':').append(text(properties.get(key))));
		var entity = new ValueEntity(id.toString(), FtmModel.MODEL.getSchema(link.schema()));
		add(entity, link.startProperty(), start);
		add(entity, link.endProperty(), end);
		if (link.schema().equals("UnknownLink") || link.schema().equals("Membership")
				|| link.schema().equals("ProjectParticipant")) {
			add(entity, "role", link.type().type());
		}
		for (var property : link.type().properties()) {
			var value = properties.get(property.name());
			if (!value.isNull() && visible.contains(property.disclosure())) {
				add(entity, FtmProperties.linkProperty(property.name()), text(value));
			}
		}
		return entity;
	}

	private static ValueEntity party(org.neo4j.driver.Record row) {
		var contract = row.get("key").asString();
		var supplier = row.get("end").asString();
		var role = row.get("role").asString();
		var entity = new ValueEntity("PARTY:%s:%s:%s".formatted(contract, supplier, role),
				FtmModel.MODEL.getSchema("ContractAward"));
		add(entity, "contract", contract);
		add(entity, "supplier", supplier);
		add(entity, "role", role);
		return entity;
	}

	/** Adds a value the FtM schema must know; a property it does not know is a fault of this mapping. */
	private static void add(ValueEntity entity, String property, String value) {
		try {
			entity.addValue(property, value);
		}
		catch (SchemaException ex) {
			throw new IllegalStateException("FtM mapping: " + entity.getSchema().getName() + "." + property, ex);
		}
	}

	private static String text(Value value) {
		var object = value.asObject();
		if (object instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
			return Long.toString(number.longValue());
		}
		return (object instanceof LocalDate date) ? date.toString() : String.valueOf(object);
	}

	private static void write(PrintStream out, ValueEntity entity, Map<String, Integer> counts) {
		try {
			out.println(FtmModel.JSON.writeValueAsString(entity.toValueJson()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		counts.merge(entity.getSchema().getName(), 1, Integer::sum);
	}

}
