package org.integritygraph.ingest;

import static org.integritygraph.ingest.Endpoints.between;
import static org.integritygraph.ingest.Endpoints.fromAnyTo;
import static org.integritygraph.ingest.NodeLabel.BODY;
import static org.integritygraph.ingest.NodeLabel.COMMITMENT;
import static org.integritygraph.ingest.NodeLabel.COMMITMENT_EVENT;
import static org.integritygraph.ingest.NodeLabel.COMPANY;
import static org.integritygraph.ingest.NodeLabel.CONTRACT;
import static org.integritygraph.ingest.NodeLabel.DECISION;
import static org.integritygraph.ingest.NodeLabel.DOCUMENT;
import static org.integritygraph.ingest.NodeLabel.PERSON;
import static org.integritygraph.ingest.NodeLabel.PHASE;
import static org.integritygraph.ingest.NodeLabel.POST;
import static org.integritygraph.ingest.NodeLabel.PROJECT;
import static org.integritygraph.ingest.NodeLabel.RECORD;
import static org.integritygraph.ingest.NodeLabel.RECORD_EVENT;
import static org.integritygraph.ingest.NodeLabel.TASK;
import static org.integritygraph.ingest.PropertySpec.optional;
import static org.integritygraph.ingest.PropertySpec.optionalOneOf;
import static org.integritygraph.ingest.PropertySpec.required;
import static org.integritygraph.ingest.ValueType.DATE;
import static org.integritygraph.ingest.ValueType.STRING;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.integritygraph.model.PartyRole;
import org.integritygraph.model.ResponsibilityRole;

/**
 * The relationship types of graph-schema/README.md: which labels they connect, their properties
 * and their key properties. Two relationships are the same one when their type, start, end and
 * key properties are equal, so a type without key properties connects a pair of nodes once.
 */
enum RelationshipType {

	PART_OF(List.of(between(BODY, BODY)), List.of("from"), optional("from", DATE), optional("to", DATE)),

	SUCCEEDED_BY(List.of(between(BODY, BODY)), List.of(), required("on", DATE), optional("reason", STRING)),

	IN(List.of(between(POST, BODY)), List.of()),

	REPORTS_TO(List.of(between(POST, POST)), List.of("from"), required("from", DATE), optional("to", DATE)),

	HELD(List.of(between(PERSON, POST)), List.of("from"), required("from", DATE), optional("to", DATE)),

	OWNED_BY(List.of(between(PROJECT, BODY)), List.of()),

	HAS_PHASE(List.of(between(PROJECT, PHASE)), List.of()),

	RESPONSIBLE(List.of(between(Set.of(PHASE), Set.of(POST, PERSON))), List.of("role", "from"),
			required("role", ResponsibilityRole.class), optional("from", DATE), optional("to", DATE)),

	ON(List.of(between(DECISION, PROJECT)), List.of()),

	DECIDED_BY(List.of(between(Set.of(DECISION), Set.of(BODY, PERSON))), List.of()),

	FOR(List.of(between(Set.of(CONTRACT, COMMITMENT), Set.of(PROJECT))), List.of()),

	PARTY(List.of(between(Set.of(CONTRACT), Set.of(BODY, COMPANY))), List.of("role"),
			required("role", PartyRole.class)),

	SIGNED_BY(List.of(between(Set.of(CONTRACT, COMMITMENT), Set.of(PERSON))), List.of(), optional("on", DATE)),

	MADE(List.of(between(BODY, COMMITMENT)), List.of()),

	UNDER(List.of(between(COMMITMENT, CONTRACT)), List.of()),

	TO(List.of(between(Set.of(COMMITMENT), Set.of(COMPANY, BODY))), List.of()),

	AGAINST(List.of(between(Set.of(RECORD), Set.of(BODY, PERSON))), List.of()),

	ISSUED_BY(List.of(between(Set.of(RECORD, DOCUMENT), Set.of(BODY))), List.of()),

	CONCERNS(List.of(between(Set.of(RECORD), Set.of(COMMITMENT, CONTRACT, PROJECT, DECISION))), List.of()),

	// A record's events and a commitment's events, never crossed.
	HAS_EVENT(List.of(between(RECORD, RECORD_EVENT), between(COMMITMENT, COMMITMENT_EVENT)), List.of()),

	ASSIGNS(List.of(between(DOCUMENT, TASK)), List.of()),

	LEAD(List.of(between(TASK, BODY)), List.of(), unitAsWritten(), unitResolution()), // 牵头单位

	COOPERATES(List.of(between(TASK, BODY)), List.of(), unitAsWritten(), unitResolution()), // 配合单位

	// issue #12: 负责单位 (按职责分工负责)
	RESPONSIBLE_UNIT(List.of(between(TASK, BODY)), List.of(), unitAsWritten(), unitResolution()),

	SOURCED_FROM(List.of(fromAnyTo(DOCUMENT)), List.of());

	private final List<Endpoints> endpoints;

	private final List<String> keys;

	private final Map<String, PropertySpec> properties;

	RelationshipType(List<Endpoints> endpoints, List<String> keys, PropertySpec... properties) {
		this.endpoints = endpoints;
		this.keys = keys;
		this.properties = PropertySpec.byName(properties);
	}

	/** The type as it is written in the graph and in the import format. */
	String type() {
		return name();
	}

	List<Endpoints> endpoints() {
		return this.endpoints;
	}

	/** The names of the properties that, with type, start and end, identify a relationship. */
	List<String> keys() {
		return this.keys;
	}

	boolean allows(NodeLabel start, NodeLabel end) {
		return this.endpoints.stream().anyMatch(endpoints -> endpoints.allow(start, end));
	}

	Optional<PropertySpec> property(String name) {
		return Optional.ofNullable(this.properties.get(name));
	}

	List<PropertySpec> properties() {
		return List.copyOf(this.properties.values());
	}

	static Optional<RelationshipType> of(String type) {
		return Arrays.stream(values()).filter(candidate -> candidate.type().equals(type)).findFirst();
	}

	// issue #12: how a policy document wrote the unit, and how it was resolved to the body
	private static PropertySpec unitAsWritten() {
		return optional("asWritten", STRING);
	}

	private static PropertySpec unitResolution() {
		return optionalOneOf("resolution", "EXACT", "ALIAS", "ABBREVIATION", "PROVISIONAL");
	}

}
