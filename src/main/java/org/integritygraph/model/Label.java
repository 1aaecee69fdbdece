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

	Label(String name, String chinese, Class<? extends Entity> readModel, String lookup, Property... properties) {
		this.name = name;
		this.chinese = chinese;
		this.readModel = readModel;
		this.lookup = lookup;
		this.properties = Property.byName(properties);
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

	/** Whether the full-text search covers nodes of this label. */
	public boolean searchable() {
		return this.properties.values().stream().anyMatch(Property::searchable);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
