package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Property;
import org.integritygraph.model.Relationship;

/**
 * The edits every label and relationship type of the model allows, derived from its declaration: create and
 * update a node; create, update and end (set {@code to} of) a relationship. The domain operations build on
 * them, so that every write passes the same validation.
 */
final class ModelEdits {

	private static final String[] INPUT = { "input" };

	private ModelEdits() {
	}

	/**
	 * Creates a node of {@code label} from input values by property name; {@code id} may be given (default:
	 * a company's credit code, else a new UUID). Managed properties get their initial value.
	 */
	static NodeState createNode(Edit edit, Label label, String id, Map<String, Object> values, String... path) {
		var properties = edit.convert(label.name(), propertiesOf(label), values, true, path);
		label.properties()
			.stream()
			.filter(property -> property.isManaged() && !property.initialValue().isEmpty())
			.forEach(property -> properties.put(property.name(), property.initialValue()));
		edit.checkDateOrders(label, properties, path);
		var nodeId = (id != null) ? id.strip() : defaultId(label, properties);
		if (nodeId.isEmpty()) {
			edit.error(UserErrorCode.REQUIRED, "The id must not be blank.", Edit.append(path, "id"));
		}
		else if (edit.find(nodeId).isPresent()) {
			edit.error(UserErrorCode.DUPLICATE, "An entity with id \"%s\" exists already.".formatted(nodeId),
					Edit.append(path, "id"));
		}
		edit.stopIfFailed();
		return edit.createNode(label, nodeId, properties);
	}

	/** Sets some properties of a node of {@code label} (a null value removes an optional one). */
	static NodeState updateNode(Edit edit, Label label, String id, Integer expectedVersion,
			Map<String, Object> values) {
		var node = edit.require(id, new String[] { "input", "id" }, label);
		edit.stopIfFailed();
		edit.checkVersion(node.version(), expectedVersion, node.describe());
		var changes = edit.convert(label.name(), propertiesOf(label), values, false, INPUT);
		var merged = new HashMap<>(node.properties());
		merged.putAll(changes);
		edit.checkDateOrders(label, merged, INPUT);
		edit.stopIfFailed();
		return edit.updateNode(node, changes);
	}

	/**
	 * Creates a relationship of {@code type} from {@code startId} to {@code endId} with input values: both
	 * nodes must exist with labels the type connects, its interval must be non-empty and must not overlap one
	 * its type declares exclusive, and no relationship with the same identity (type, ends, keys) may exist.
	 */
	static RelState createRelationship(Edit edit, Relationship type, String startId, String endId,
			Map<String, Object> values, String... path) {
		var start = edit.require(startId, Edit.append(path, "startId"), startLabels(type));
		var end = edit.require(endId, Edit.append(path, "endId"), endLabels(type));
		var properties = edit.convert(type.type(), propertiesOf(type), values, true, path);
		edit.stopIfFailed();
		if (!type.allows(start.label(), end.label())) {
			edit.error(UserErrorCode.WRONG_TYPE, "%s cannot connect %s to %s (allowed: %s).".formatted(type,
					start.label(), end.label(), type.endpoints().stream().map(Object::toString)
						.collect(Collectors.joining(", "))), Edit.append(path, "endId"));
		}
		var keys = keysOf(type, properties);
		if (edit.between(type, startId, endId).stream().anyMatch(other -> keysOf(type, other.properties()).equals(keys))) {
			edit.error(UserErrorCode.DUPLICATE, "%s from %s to %s%s exists already; update it instead.".formatted(
					type, startId, endId, keys.isEmpty() ? "" : " with " + keys), path);
		}
		edit.checkInterval(type, start, endId, properties, null, path);
		edit.stopIfFailed();
		return edit.createRelationship(type, start, end, properties);
	}

	/**
	 * The relationship of {@code type} between the two nodes with the given key values (a missing key matches
	 * a relationship without it); null after a {@code NOT_FOUND} error when there is none.
	 */
	static RelState findRelationship(Edit edit, Relationship type, String startId, String endId,
			Map<String, Object> keyValues, String... path) {
		var keys = new LinkedHashMap<String, Object>();
		var converted = edit.convert(type.type(), propertiesOf(type), onlyKeys(type, keyValues), false, path);
		type.keys().forEach(key -> keys.put(key, converted.get(key)));
		edit.stopIfFailed();
		var found = edit.between(type, startId, endId)
			.stream()
			.filter(relationship -> keysOf(type, relationship.properties()).equals(keys))
			.findFirst();
		if (found.isEmpty()) {
			edit.error(UserErrorCode.NOT_FOUND, "No %s from %s to %s%s.".formatted(type, startId, endId,
					keys.isEmpty() ? "" : " with " + keys), path);
			return null;
		}
		return found.get();
	}

	/** Sets some properties of a relationship (a null value removes an optional one). */
	static RelState updateRelationship(Edit edit, RelState relationship, Integer expectedVersion,
			Map<String, Object> values, String... path) {
		edit.checkVersion(relationship.version(), expectedVersion, relationship.describe());
		var type = relationship.type();
		var changes = edit.convert(type.type(), propertiesOf(type), values, false, path);
		edit.stopIfFailed();
		var merged = new HashMap<>(relationship.properties());
		merged.putAll(changes);
		var keys = keysOf(type, merged);
		if (!keys.equals(keysOf(type, relationship.properties())) && edit
			.between(type, relationship.startId(), relationship.endId())
			.stream()
			.anyMatch(other -> !other.elementId().equals(relationship.elementId())
					&& keysOf(type, other.properties()).equals(keys))) {
			edit.error(UserErrorCode.DUPLICATE, "Another %s between %s and %s has %s already.".formatted(type,
					relationship.startId(), relationship.endId(), keys), path);
		}
		var start = edit.find(relationship.startId()).orElseThrow();
		edit.checkInterval(type, start, relationship.endId(), merged, relationship, path);
		edit.stopIfFailed();
		return edit.updateRelationship(relationship, changes);
	}

	/** Ends a dated relationship on {@code to}: it is valid up to the day before. */
	static RelState endRelationship(Edit edit, RelState relationship, Integer expectedVersion, LocalDate to,
			String... path) {
		edit.checkVersion(relationship.version(), expectedVersion, relationship.describe());
		if (relationship.date("to") != null) {
			edit.error(UserErrorCode.ALREADY_ENDED, "%s has ended already.".formatted(relationship.describe()),
					Edit.append(path, "to"));
			edit.stopIfFailed();
		}
		return updateRelationship(edit, relationship, null, Map.of("to", to), path);
	}

	/** A label's properties by name. */
	static Map<String, Property> propertiesOf(Label label) {
		return label.properties().stream().collect(Collectors.toMap(Property::name, p -> p, (a, b) -> a,
				LinkedHashMap::new));
	}

	static Map<String, Property> propertiesOf(Relationship type) {
		return type.properties().stream().collect(Collectors.toMap(Property::name, p -> p, (a, b) -> a,
				LinkedHashMap::new));
	}

	private static Map<String, Object> keysOf(Relationship type, Map<String, Object> properties) {
		var keys = new LinkedHashMap<String, Object>();
		type.keys().forEach(key -> keys.put(key, properties.get(key)));
		return keys;
	}

	private static Map<String, Object> onlyKeys(Relationship type, Map<String, Object> values) {
		var keys = new HashMap<String, Object>();
		values.forEach((name, value) -> {
			if (type.keys().contains(name) && value != null) {
				keys.put(name, value);
			}
		});
		return keys;
	}

	private static Label[] startLabels(Relationship type) {
		return type.endpoints().stream().flatMap(e -> e.start().stream()).distinct().toArray(Label[]::new);
	}

	private static Label[] endLabels(Relationship type) {
		return type.endpoints().stream().flatMap(e -> e.end().stream()).distinct().toArray(Label[]::new);
	}

	private static String defaultId(Label label, Map<String, Object> properties) {
		if (label == GraphModel.COMPANY && properties.get("uscc") instanceof String uscc) {
			return uscc;
		}
		return UUID.randomUUID().toString();
	}

}
