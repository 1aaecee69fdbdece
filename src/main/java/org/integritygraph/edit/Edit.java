package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.integritygraph.audit.Change;
import org.integritygraph.graph.ChineseScript;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Property;
import org.integritygraph.model.Relationship;
import org.integritygraph.model.Relationship.Exclusive;
import org.integritygraph.model.Relationship.Interval;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * One edit in its write transaction: it reads the nodes and relationships it changes, validates with the
 * model's declaration ({@link Property#convert}, date orders, intervals and their exclusivity, references),
 * writes, and records every change for the audit trail. Validation failures are collected as
 * {@link UserError}s; the edit's runner rolls the transaction back when there are any, so a refused edit
 * changes nothing. Versions: every node and relationship it creates starts at 1, every change counts it up.
 * Labels and types come from the declaration only; values are always parameters.
 */
final class Edit {

	private static final String FIND_NODE = """
			MATCH (n:Entity {id: $id})
			RETURN labels(n) AS labels, properties(n) AS properties
			""";

	private static final String CREATE_NODE = """
			CREATE (n:Entity)
			SET n:$($label)
			SET n = $properties
			""";

	private static final String SET_NODE = """
			MATCH (n:Entity {id: $id})
			SET n = $properties
			""";

	private static final String FIND_BETWEEN = """
			MATCH (:Entity {id: $startId})-[r:$($type)]->(:Entity {id: $endId})
			RETURN elementId(r) AS elementId, $startId AS startId, $endId AS endId, properties(r) AS properties
			ORDER BY r.from, elementId(r)
			""";

	private static final String FIND_FROM = """
			MATCH (:Entity {id: $id})-[r:$($type)]->(other:Entity)
			RETURN elementId(r) AS elementId, $id AS startId, other.id AS endId, properties(r) AS properties
			ORDER BY r.from, elementId(r)
			""";

	private static final String FIND_TO = """
			MATCH (other:Entity)-[r:$($type)]->(:Entity {id: $id})
			RETURN elementId(r) AS elementId, other.id AS startId, $id AS endId, properties(r) AS properties
			ORDER BY r.from, elementId(r)
			""";

	private static final String CREATE_RELATIONSHIP = """
			MATCH (s:Entity {id: $startId}), (e:Entity {id: $endId})
			CREATE (s)-[r:$($type)]->(e)
			SET r = $properties
			RETURN elementId(r) AS elementId
			""";

	private static final String SET_RELATIONSHIP = """
			MATCH ()-[r]->()
			WHERE elementId(r) = $elementId
			SET r = $properties
			""";

	/** The input fields of every mutation that are not properties. */
	static final List<String> META_FIELDS = List.of("id", "expectedVersion", "reason", "idempotencyKey");

	private final SimpleQueryRunner tx;

	private final LocalDate today;

	private final List<Change> changes = new ArrayList<>();

	private final List<UserError> errors = new ArrayList<>();

	private final List<String> results = new ArrayList<>();

	Edit(SimpleQueryRunner tx, LocalDate today) {
		this.tx = tx;
		this.today = today;
	}

	// ---- results and errors ----------------------------------------------------------------------

	/** Answers the node {@code id} as the payload field {@code name}. */
	void result(String name, NodeState node) {
		this.results.add(name + "=node:" + node.id());
	}

	/** Answers the relationship as the payload field {@code name}. */
	void result(String name, RelState relationship) {
		this.results.add(name + "=rel:" + relationship.elementId());
	}

	/** Adds the node to the list answered as the payload field {@code name}. */
	void resultInList(String name, NodeState node) {
		this.results.add(name + "[]=node:" + node.id());
	}

	/** Adds the relationship to the list answered as the payload field {@code name}. */
	void resultInList(String name, RelState relationship) {
		this.results.add(name + "[]=rel:" + relationship.elementId());
	}

	List<String> results() {
		return List.copyOf(this.results);
	}

	List<Change> changes() {
		return List.copyOf(this.changes);
	}

	List<UserError> errors() {
		return List.copyOf(this.errors);
	}

	boolean failed() {
		return !this.errors.isEmpty();
	}

	void error(UserErrorCode code, String message, String... field) {
		this.errors.add(UserError.of(code, message, field));
	}

	/** Stops the edit here when anything failed so far (later steps rely on what was checked). */
	void stopIfFailed() {
		if (failed()) {
			throw new EditRejected(this.errors);
		}
	}

	LocalDate today() {
		return this.today;
	}

	// ---- reading ---------------------------------------------------------------------------------

	Optional<NodeState> find(String id) {
		if (id == null) {
			return Optional.empty();
		}
		return this.tx.run(FIND_NODE, Map.of("id", id)).list().stream().findFirst().flatMap(row -> {
			var label = GraphModel.labelOf(row.get("labels").asList(Value::asString));
			return label.map(l -> new NodeState(id, l, properties(row.get("properties"))));
		});
	}

	/**
	 * The node {@code id}, which must exist with one of {@code labels} (any label when none); null after an
	 * error on {@code field} when it does not.
	 */
	NodeState require(String id, String[] field, Label... labels) {
		if (id == null || id.isBlank()) {
			error(UserErrorCode.REQUIRED, "An id is required.", field);
			return null;
		}
		var node = find(id);
		if (node.isEmpty()) {
			error(UserErrorCode.NOT_FOUND, "No entity with id \"%s\".".formatted(id), field);
			return null;
		}
		if (labels.length > 0 && !Arrays.asList(labels).contains(node.get().label())) {
			error(UserErrorCode.WRONG_TYPE, "%s is a %s, not a %s.".formatted(id, node.get().label(),
					Arrays.stream(labels).map(Label::name).collect(Collectors.joining(" or "))), field);
			return null;
		}
		return node.get();
	}

	/** The relationships of {@code type} from {@code startId} to {@code endId}, by {@code from}. */
	List<RelState> between(Relationship type, String startId, String endId) {
		return relationships(FIND_BETWEEN, type, Map.of("startId", startId, "endId", endId));
	}

	/** The relationships of {@code type} starting at {@code id}. */
	List<RelState> from(Relationship type, String id) {
		return relationships(FIND_FROM, type, Map.of("id", id));
	}

	/** The relationships of {@code type} ending at {@code id}. */
	List<RelState> to(Relationship type, String id) {
		return relationships(FIND_TO, type, Map.of("id", id));
	}

	private List<RelState> relationships(String cypher, Relationship type, Map<String, Object> ids) {
		var parameters = new HashMap<>(ids);
		parameters.put("type", type.type());
		return this.tx.run(cypher, parameters)
			.list(row -> new RelState(row.get("elementId").asString(), type, row.get("startId").asString(),
					row.get("endId").asString(), properties(row.get("properties"))));
	}

	/** Runs a read of the edit's own (e.g. a cycle check) in its transaction. */
	List<org.neo4j.driver.Record> query(String cypher, Map<String, Object> parameters) {
		return this.tx.run(cypher, parameters).list();
	}

	// ---- writing ---------------------------------------------------------------------------------

	/** Creates a node with converted properties; its version is 1. */
	NodeState createNode(Label label, String id, Map<String, Object> properties) {
		var after = withSearchCopy(label, withoutNulls(properties));
		after.put(GraphModel.ID, id);
		after.put(GraphModel.VERSION, 1L);
		this.tx.run(CREATE_NODE, Map.of("label", label.name(), "properties", after)).consume();
		this.changes.add(Change.nodeCreated(label.name(), id, after));
		return new NodeState(id, label, after);
	}

	/**
	 * Sets converted properties of a node (null removes one) and counts its version up; changes nothing when
	 * every value is the one it has.
	 */
	NodeState updateNode(NodeState node, Map<String, Object> properties) {
		var after = new LinkedHashMap<>(node.properties());
		after.putAll(properties);
		after = withSearchCopy(node.label(), withoutNulls(after));
		if (after.equals(node.properties())) {
			return node;
		}
		after.put(GraphModel.VERSION, node.version() + 1);
		this.tx.run(SET_NODE, Map.of("id", node.id(), "properties", after)).consume();
		this.changes.add(Change.nodeUpdated(node.label().name(), node.id(), node.properties(), after));
		return new NodeState(node.id(), node.label(), after);
	}

	/**
	 * Sets properties a lifecycle manages (a status) and counts the version up even when they stay, because
	 * the node gained an event: a client holding the old version must read it again.
	 */
	NodeState advance(NodeState node, Map<String, Object> properties) {
		var after = new LinkedHashMap<>(node.properties());
		after.putAll(properties);
		after = withoutNulls(after);
		after.put(GraphModel.VERSION, node.version() + 1);
		this.tx.run(SET_NODE, Map.of("id", node.id(), "properties", after)).consume();
		this.changes.add(Change.nodeUpdated(node.label().name(), node.id(), node.properties(), after));
		return new NodeState(node.id(), node.label(), after);
	}

	/** The properties with the simplified-Chinese copy of the label's texts, where it keeps one. */
	private static LinkedHashMap<String, Object> withSearchCopy(Label label, LinkedHashMap<String, Object> properties) {
		if (!label.searchCopyOf().isEmpty()) {
			var copy = ChineseScript.searchCopy(
					label.searchCopyOf().stream().map(name -> (String) properties.get(name)).toList());
			if (copy == null) {
				properties.remove(GraphModel.SEARCH_TEXT);
			}
			else {
				properties.put(GraphModel.SEARCH_TEXT, copy);
			}
		}
		return properties;
	}

	/** Creates a relationship with converted properties; its version is 1. */
	RelState createRelationship(Relationship type, NodeState start, NodeState end, Map<String, Object> properties) {
		var after = withoutNulls(properties);
		after.put(GraphModel.VERSION, 1L);
		var elementId = this.tx
			.run(CREATE_RELATIONSHIP,
					Map.of("type", type.type(), "startId", start.id(), "endId", end.id(), "properties", after))
			.single()
			.get("elementId")
			.asString();
		this.changes.add(Change.relationshipCreated(type.type(), start.id(), end.id(), after));
		return new RelState(elementId, type, start.id(), end.id(), after);
	}

	/** Sets converted properties of a relationship (null removes one) and counts its version up. */
	RelState updateRelationship(RelState relationship, Map<String, Object> properties) {
		var after = new LinkedHashMap<>(relationship.properties());
		after.putAll(properties);
		after = withoutNulls(after);
		if (after.equals(relationship.properties())) {
			return relationship;
		}
		after.put(GraphModel.VERSION, relationship.version() + 1);
		this.tx.run(SET_RELATIONSHIP, Map.of("elementId", relationship.elementId(), "properties", after)).consume();
		this.changes.add(Change.relationshipUpdated(relationship.type().type(), relationship.startId(),
				relationship.endId(), relationship.properties(), after));
		return new RelState(relationship.elementId(), relationship.type(), relationship.startId(),
				relationship.endId(), after);
	}

	// ---- validation ------------------------------------------------------------------------------

	/**
	 * The values to store for the given properties of a label or relationship type (converted by
	 * {@link Property#convert}); errors for unknown names, missing required ones (when {@code complete}) and
	 * invalid values. A null value (an optional property cleared) stays null.
	 *
	 * @param owner the label or type, for messages
	 * @param declared the declared properties by name
	 * @param given the values by property name
	 * @param complete whether every required property must be given (a creation)
	 * @param path the input path of the values, e.g. {@code ["input"]}
	 */
	Map<String, Object> convert(String owner, Map<String, Property> declared, Map<String, Object> given,
			boolean complete, String... path) {
		var converted = new LinkedHashMap<String, Object>();
		given.forEach((name, value) -> {
			var property = declared.get(name);
			var field = append(path, name);
			if (property == null || property.isManaged()) {
				error(UserErrorCode.UNKNOWN_FIELD, "%s has no property %s that can be set here.".formatted(owner, name),
						field);
				return;
			}
			if (property.required() && (value == null || (value instanceof String s && s.isBlank()))) {
				error(UserErrorCode.REQUIRED, "%s.%s is required.".formatted(owner, name), field);
				return;
			}
			var conversion = property.convert(owner, value);
			if (!conversion.isValid()) {
				error(UserErrorCode.INVALID_VALUE, conversion.problem(), field);
				return;
			}
			converted.put(name, conversion.value());
		});
		if (complete) {
			declared.values()
				.stream()
				.filter(property -> property.required() && !property.isManaged() && !given.containsKey(property.name()))
				.forEach(property -> error(UserErrorCode.REQUIRED,
						"%s.%s is required.".formatted(owner, property.name()), append(path, property.name())));
		}
		return converted;
	}

	/** Errors for the date properties of a node out of the order its label declares. */
	void checkDateOrders(Label label, Map<String, Object> properties, String... path) {
		for (var order : label.dateOrders()) {
			if (properties.get(order.earlier()) instanceof LocalDate earlier
					&& properties.get(order.later()) instanceof LocalDate later && later.isBefore(earlier)) {
				error(UserErrorCode.DATE_ORDER, "%s.%s (%s) is before %s (%s).".formatted(label, order.later(), later,
						order.earlier(), earlier), append(path, order.later()));
			}
		}
	}

	/**
	 * Errors when a dated relationship's interval is empty or reversed, or when it overlaps another that its
	 * type declares exclusive ({@link Relationship#exclusive()}).
	 *
	 * @param start the start node (a phase lends its dates to responsibilities without their own)
	 * @param properties the relationship's properties after the edit
	 * @param self the relationship being changed, null for a new one
	 */
	void checkInterval(Relationship type, NodeState start, String endId, Map<String, Object> properties,
			RelState self, String... path) {
		if (!type.dated()) {
			return;
		}
		var from = effective(type, start, properties, "from");
		var to = effective(type, start, properties, "to");
		if (from != null && to != null && !to.isAfter(from)) {
			error(UserErrorCode.DATE_ORDER, "The interval [%s, %s) of %s is empty: `to` must be after `from`."
				.formatted(from, to, type), append(path, "to"));
			return;
		}
		if (type.exclusive() == Exclusive.NONE) {
			return;
		}
		var group = switch (type.exclusive()) {
			case PER_START -> from(type, start.id());
			case PER_END -> to(type, endId);
			case PER_PAIR -> between(type, start.id(), endId);
			case NONE -> List.<RelState>of();
		};
		var otherKeys = type.keys().stream().filter(key -> !key.equals("from")).toList();
		for (var other : group) {
			if (self != null && other.elementId().equals(self.elementId())) {
				continue;
			}
			if (!otherKeys.stream().allMatch(key -> Objects.equals(other.properties().get(key), properties.get(key)))) {
				continue;
			}
			var otherStart = (type.interval() == Interval.OWN_OR_START_NODE) ? find(other.startId()).orElse(start)
					: start;
			var otherFrom = effective(type, otherStart, other.properties(), "from");
			var otherTo = effective(type, otherStart, other.properties(), "to");
			if (overlap(from, to, otherFrom, otherTo)) {
				error(UserErrorCode.OVERLAP, "[%s, %s) overlaps %s, which must not be valid at the same time (%s)."
					.formatted(show(from), show(to), other.describe(), exclusivity(type)), append(path, "from"));
				return;
			}
		}
	}

	/** An error unless the entity's version is the one the client read. */
	void checkVersion(long current, Integer expected, String describe) {
		if (expected != null && expected != current) {
			this.errors.add(new UserError(UserErrorCode.CONFLICT,
					"%s has changed: it is at version %d, not %d. Read it again, then retry.".formatted(describe,
							current, expected),
					List.of("input", "expectedVersion"), current));
		}
	}

	/** An error when an event's date is after today. */
	void checkNotFuture(LocalDate date, String... field) {
		if (date != null && date.isAfter(this.today)) {
			error(UserErrorCode.FUTURE_DATE, "%s is after today (%s): only what has happened can be recorded."
				.formatted(date, this.today), field);
		}
	}

	private static LocalDate effective(Relationship type, NodeState start, Map<String, Object> properties,
			String bound) {
		var own = (LocalDate) properties.get(bound);
		if (own == null && type.interval() == Interval.OWN_OR_START_NODE && start != null) {
			return start.date(bound);
		}
		return own;
	}

	/** Whether {@code [from1, to1)} and {@code [from2, to2)} share a day; null bounds are open. */
	static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
		return (to2 == null || from1 == null || from1.isBefore(to2)) && (to1 == null || from2 == null || from2.isBefore(to1));
	}

	private static String exclusivity(Relationship type) {
		return switch (type.exclusive()) {
			case PER_START -> "one at a time per " + type.endpoints().getFirst().start().iterator().next();
			case PER_END -> "one at a time per " + type.endpoints().getFirst().end().iterator().next();
			case PER_PAIR -> "one at a time per pair" + (type.keys().contains("role") ? " and role" : "");
			case NONE -> "";
		};
	}

	private static String show(LocalDate date) {
		return (date != null) ? date.toString() : "…";
	}

	static String[] append(String[] path, String name) {
		var field = Arrays.copyOf(path, path.length + 1);
		field[path.length] = name;
		return field;
	}

	private static Map<String, Object> properties(Value map) {
		return new LinkedHashMap<>(map.asMap(Entities::value));
	}

	private static LinkedHashMap<String, Object> withoutNulls(Map<String, Object> properties) {
		var clean = new LinkedHashMap<String, Object>();
		properties.forEach((name, value) -> {
			if (value != null) {
				clean.put(name, value);
			}
		});
		return clean;
	}

}
