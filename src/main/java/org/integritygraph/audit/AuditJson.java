package org.integritygraph.audit;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.integritygraph.model.Disclosure;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;
import org.neo4j.driver.Value;

/**
 * The properties of a recorded state as the API shows them: JSON values (dates and times as ISO text), sorted
 * by name, without the properties the model declares personal (identity numbers, birth dates), which no
 * reader of the audit trail needs to see.
 */
final class AuditJson {

	private AuditJson() {
	}

	/** The visible properties of a state of a node of label {@code type} (or a relationship), null for none. */
	static Map<String, Object> visible(String type, Value state) {
		if (state == null || state.isNull()) {
			return null;
		}
		var label = GraphModel.label(type);
		var visible = new TreeMap<String, Object>();
		state.asMap(AuditJson::json).forEach((name, value) -> {
			var personal = label.flatMap(l -> l.property(name))
				.map(property -> property.disclosure() == Disclosure.PERSONAL)
				.orElse(false);
			if (!personal) {
				visible.put(name, value);
			}
		});
		return new LinkedHashMap<>(visible);
	}

	/** Of the properties of a state of a node of label {@code type} (or a relationship), the public ones. */
	static Map<String, Object> publicOnly(String type, Map<String, Object> state) {
		if (state == null) {
			return null;
		}
		var shown = new LinkedHashMap<String, Object>();
		state.forEach((name, value) -> {
			if (isPublic(type, name)) {
				shown.put(name, value);
			}
		});
		return shown;
	}

	/**
	 * Whether the public may read property {@code name} of a node of label {@code type}: its id, one the model
	 * declares public, or one of a relationship (whose properties are all public).
	 */
	static boolean isPublic(String type, String name) {
		return GraphModel.label(type)
			.map(label -> GraphModel.ID.equals(name) || label.property(name).map(Visibility::isPublic).orElse(false))
			.orElse(true);
	}

	private static Object json(Value value) {
		var object = value.asObject();
		return (object instanceof TemporalAccessor) ? object.toString() : object;
	}

}
