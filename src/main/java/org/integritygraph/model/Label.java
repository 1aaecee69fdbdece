package org.integritygraph.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integritygraph.model.entity.Entity;

/**
 * A node label of the model: its properties and the read model its nodes map to. Every node also has
 * the required string {@code id} (not listed among the properties: it is the key of every node) and
 * the label {@code Entity}.
 */
public final class Label {

	private final String name;

	private final String chinese;

	private final Class<? extends Entity> readModel;

	private final String lookup;

	private final Map<String, Property> properties;

	private final String createdThrough;

	private final boolean immutable;

	private final String updatedThrough;

	private final List<DateOrder> dateOrders;

	private final List<String> searchCopyOf;

	/**
	 * Two date properties of one node in their order: {@code later} is never before {@code earlier} (e.g. a
	 * body's {@code establishedOn} and {@code abolishedOn}).
	 */
	public record DateOrder(String earlier, String later) {
	}

	Label(String name, String chinese, Class<? extends Entity> readModel, String lookup, Property... properties) {
		this(name, chinese, readModel, lookup, Property.byName(properties), null, null, false, List.of(), List.of());
	}

	private Label(String name, String chinese, Class<? extends Entity> readModel, String lookup,
			Map<String, Property> properties, String createdThrough, String updatedThrough, boolean immutable,
			List<DateOrder> dateOrders, List<String> searchCopyOf) {
		this.name = name;
		this.chinese = chinese;
		this.readModel = readModel;
		this.lookup = lookup;
		this.properties = properties;
		this.createdThrough = createdThrough;
		this.updatedThrough = updatedThrough;
		this.immutable = immutable;
		this.dateOrders = List.copyOf(dateOrders);
		this.searchCopyOf = List.copyOf(searchCopyOf);
		dateOrders.forEach(order -> List.of(order.earlier(), order.later())
			.forEach(date -> property(date).filter(p -> p.type() == ValueType.DATE)
				.orElseThrow(() -> new IllegalStateException(name + "." + date + " is not a date property"))));
	}

	/**
	 * The same label, whose nodes are created by the named domain operation only (a record with its subject,
	 * issuer and first event), never by the plain create of the editing API.
	 */
	Label createdThrough(String operation) {
		return new Label(this.name, this.chinese, this.readModel, this.lookup, this.properties, operation,
				this.updatedThrough, this.immutable, this.dateOrders, this.searchCopyOf);
	}

	/**
	 * The same label, whose nodes are changed by the named domain operation only (a record is corrected with
	 * an event), never by the plain update of the editing API.
	 */
	Label updatedThrough(String operation) {
		return new Label(this.name, this.chinese, this.readModel, this.lookup, this.properties, this.createdThrough,
				operation, this.immutable, this.dateOrders, this.searchCopyOf);
	}

	/** The same label, whose nodes never change once written (lifecycle events). */
	Label immutable() {
		return new Label(this.name, this.chinese, this.readModel, this.lookup, this.properties, this.createdThrough,
				this.updatedThrough, true, this.dateOrders, this.searchCopyOf);
	}

	/** The same label, with {@code later} never before {@code earlier}. */
	Label ordered(String earlier, String later) {
		var orders = new java.util.ArrayList<>(this.dateOrders);
		orders.add(new DateOrder(earlier, later));
		return new Label(this.name, this.chinese, this.readModel, this.lookup, this.properties, this.createdThrough,
				this.updatedThrough, this.immutable, orders, this.searchCopyOf);
	}

	/**
	 * The same label, whose nodes keep in {@value GraphModel#SEARCH_TEXT} a simplified-Chinese copy of these
	 * text properties (joined by line breaks) where it differs from them, for the full-text search.
	 */
	Label searchCopyOf(String... properties) {
		for (var property : properties) {
			property(property).orElseThrow(() -> new IllegalStateException(this.name + "." + property + " is not declared"));
		}
		return new Label(this.name, this.chinese, this.readModel, this.lookup, this.properties, this.createdThrough,
				this.updatedThrough, this.immutable, this.dateOrders, List.of(properties));
	}

	/** The label as written in the graph, the import format and the API (it is the GraphQL type too). */
	public String name() {
		return this.name;
	}

	/** The Chinese term, e.g. 机关/单位. */
	public String chinese() {
		return this.chinese;
	}

	/** The record its nodes are read into. */
	public Class<? extends Entity> readModel() {
		return this.readModel;
	}

	/** The {@code Query} field that finds one node of this label by id ({@code body(id)}), if there is one. */
	public Optional<String> lookup() {
		return Optional.ofNullable(this.lookup);
	}

	public Optional<Property> property(String name) {
		return Optional.ofNullable(this.properties.get(name));
	}

	/** The properties in the order of the declaration, without {@code id}. */
	public List<Property> properties() {
		return List.copyOf(this.properties.values());
	}

	/**
	 * The domain operation that creates nodes of this label, if not the plain create of the editing API
	 * ({@code createBody}).
	 */
	public Optional<String> createdThrough() {
		return Optional.ofNullable(this.createdThrough);
	}

	/**
	 * The domain operation that changes nodes of this label, if not the plain update of the editing API (empty
	 * as well for an immutable label, which nothing changes).
	 */
	public Optional<String> updatedThrough() {
		return Optional.ofNullable(this.updatedThrough);
	}

	/** Whether nodes of this label never change once written (lifecycle events). */
	public boolean isImmutable() {
		return this.immutable;
	}

	/** The date properties that must be in order on every node of this label. */
	public List<DateOrder> dateOrders() {
		return this.dateOrders;
	}

	/**
	 * The text properties whose simplified-Chinese copy the node keeps in {@value GraphModel#SEARCH_TEXT}
	 * (empty: none).
	 */
	public List<String> searchCopyOf() {
		return this.searchCopyOf;
	}

	/** Whether the full-text search covers nodes of this label. */
	public boolean searchable() {
		return this.properties.values().stream().anyMatch(Property::searchable);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
