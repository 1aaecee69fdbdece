package org.integritygraph.model;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

import org.integritygraph.model.entity.Entity;

/**
 * The one mapping of graph nodes to read models: a node of a label becomes the label's record
 * ({@link Label#readModel()}), each component read from the property of the same name. The GraphQL type of
 * an interface or union value ({@code Node}, {@code Actor}, {@code Party}, {@code Concern}) is the record's
 * class name, which is the label.
 */
public final class Entities {

	/** The key of a {@link #projection} that holds the node's labels (no property starts with "__"). */
	private static final String LABELS = "__labels";

	/**
	 * The key of a {@link #projection} that holds the values of the properties it read, in the order of its
	 * parameter (the reader has the names: they are not sent back with every node).
	 */
	private static final String VALUES = "__values";

	/** The parameter that names the properties a {@link #projection} reads. */
	public static final String PROJECTED = "projected";

	private static final Map<Label, Reader> READERS = GraphModel.labels()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Function.identity(), Reader::new));

	private Entities() {
	}

	/** The read model of a node, empty when none of its labels is a label of the model. */
	public static Optional<Entity> of(Node node) {
		return GraphModel.labelOf(node.labels()).map(label -> READERS.get(label).read(node));
	}

	/** For rows whose node may hold any entity: a node without a model label is an error. */
	public static Entity required(Node node) {
		return of(node).orElseThrow(() -> new IllegalStateException("Node without a known label: " + node.labels()));
	}

	/** The read model of a node value, or null for a null value. */
	public static Entity orNull(Value value) {
		return (value == null || value.isNull()) ? null : required(value.asNode());
	}

	/** The read model of a node value if it is of {@code type}, else null. */
	public static <T extends Entity> T as(Value value, Class<T> type) {
		var entity = orNull(value);
		return type.isInstance(entity) ? type.cast(entity) : null;
	}

	/** The read model of a node that must be of {@code type}. */
	public static <T extends Entity> T as(Node node, Class<T> type) {
		return type.cast(required(node));
	}

	/** A node (or a map with the same keys) of a known label read into that label's record. */
	public static <T extends Entity> T read(Label label, Class<T> type, MapAccessor properties) {
		return type.cast(READERS.get(label).read(properties));
	}

	/**
	 * The Cypher expression that reads the node of {@code variable} for {@link #read(Value)}: the node itself
	 * unless {@code projected}, else only the properties named by the parameter {@link #PROJECTED}
	 * ({@link #projected(Set)}) and the node's labels, which is all a request that selects only these fields
	 * needs: the rest of the record is left empty. The names are a parameter, not part of the text, so that a
	 * query has one text (one plan, planned once by a warm-up) whatever the fields a request selects.
	 */
	public static String projection(String variable, boolean projected) {
		return projection(variable, projected ? PROJECTED : null);
	}

	/**
	 * A {@link #projection(String, boolean) projection} whose names are the parameter {@code parameter}, for a
	 * query that reads several (the whole node when null).
	 */
	public static String projection(String variable, String parameter) {
		if (parameter == null) {
			return variable;
		}
		return "%1$s {%2$s: labels(%1$s), %3$s: [key IN $%4$s | %1$s[key]]}".formatted(variable, LABELS, VALUES,
				parameter);
	}

	/**
	 * The parameter of a {@link #projection}: {@link #PROJECTED} → the names of {@code properties}
	 * ({@link #names}); no parameter for the whole node.
	 */
	public static Map<String, Object> projected(Set<String> properties) {
		return (properties == null) ? Map.of() : Map.of(PROJECTED, names(properties));
	}

	/**
	 * The names a {@link #projection} reads of {@code properties}, in the order it returns their values (null
	 * for the whole node): they must be the record components of a label ({@link #components(Label)}), never
	 * input.
	 */
	public static List<String> names(Set<String> properties) {
		return (properties == null) ? null : properties.stream().sorted().toList();
	}

	/** The names of the components of a label's record: what a {@link #projection} may read. */
	public static Set<String> components(Label label) {
		return READERS.get(label).names;
	}

	/**
	 * The read model of what a {@link #projection} read: a node, or the values of the properties {@code names}
	 * ({@link #names}, the projection's parameter; null when it read the whole node).
	 */
	public static Entity read(Value value, List<String> names) {
		if (value.hasType(TypeSystem.getDefault().NODE())) {
			return required(value.asNode());
		}
		var labels = value.get(LABELS).asList(Value::asString);
		var label = GraphModel.labelOf(labels)
			.orElseThrow(() -> new IllegalStateException("Node without a known label: " + labels));
		var values = value.get(VALUES);
		if (names == null || names.size() != values.size()) {
			throw new IllegalStateException("A projection of %s read %d values for the names %s".formatted(label,
					values.size(), names));
		}
		var properties = new HashMap<String, Value>(names.size() * 2);
		for (int i = 0; i < names.size(); i++) {
			properties.put(names.get(i), values.get(i));
		}
		return READERS.get(label).read(properties::get);
	}

	/** A relationship property value as the read models carry it: dates as {@link LocalDate}. */
	public static Object value(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.asObject();
	}

	/** Reads one label's record through its canonical constructor. */
	private static final class Reader {

		private final MethodHandle constructor;

		private final List<Component> components;

		private final Set<String> names;

		Reader(Label label) {
			var type = label.readModel();
			var recordComponents = type.getRecordComponents();
			this.components = Arrays.stream(recordComponents).map(Component::new).toList();
			this.names = this.components.stream().map(Component::name).collect(Collectors.toUnmodifiableSet());
			try {
				var types = Arrays.stream(recordComponents).map(RecordComponent::getType).toArray(Class<?>[]::new);
				this.constructor = MethodHandles.publicLookup()
					.findConstructor(type, MethodType.methodType(void.class, types))
					.asSpreader(Object[].class, types.length);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("No canonical constructor for " + type, ex);
			}
			this.components.stream()
				.filter(component -> !GraphModel.isSystemProperty(component.name)
						&& label.property(component.name).isEmpty())
				.findFirst()
				.ifPresent(component -> {
					throw new IllegalStateException("%s.%s is not a property of %s".formatted(type.getSimpleName(),
							component.name, label));
				});
		}

		Entity read(MapAccessor node) {
			return read(node::get);
		}

		/** The record of the values {@code properties} gives by name (null for a property not read or not set). */
		Entity read(Function<String, Value> properties) {
			var values = new Object[this.components.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = this.components.get(i).read(properties.apply(this.components.get(i).name));
			}
			try {
				return (Entity) this.constructor.invoke(values);
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Cannot read " + Arrays.toString(values), ex);
			}
		}

	}

	private record Component(String name, Class<?> type) {

		Component(RecordComponent component) {
			this(component.getName(), component.getType());
		}

		Object read(Value value) {
			if (value == null || value.isNull()) {
				if (this.type == long.class) {
					return 0L;
				}
				return (this.type == boolean.class) ? Boolean.FALSE : null;
			}
			if (this.type == long.class) {
				return value.asLong();
			}
			if (this.type == String.class) {
				return value.asString();
			}
			if (this.type == LocalDate.class) {
				return value.asLocalDate();
			}
			if (this.type == Double.class) {
				return value.asNumber().doubleValue();
			}
			if (this.type == boolean.class || this.type == Boolean.class) {
				return value.asBoolean();
			}
			if (this.type == List.class) {
				return value.asList(Value::asString);
			}
			throw new IllegalStateException("Unsupported read model component type " + this.type);
		}

	}

}
