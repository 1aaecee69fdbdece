package org.integritygraph.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.LinkType;
import org.integritygraph.model.RelationshipField;

/**
 * The properties of a node that a request's selection reads ({@link Entities#projection}), so that a query
 * reads only these, as a hand-written one would: the fields that are properties of the record, the id
 * (which every relationship field and loader keys on), and, through a derived relationship field whose link
 * shows its owner again ({@code posts { holders { post { title } } }}), what is selected there. A selected
 * field that is anything else (a field a controller computes from the record) makes the whole node read:
 * null, every property.
 */
final class Projections {

	private static final String ID = "id";

	/** The derived relationship fields of each label by name. */
	private static final Map<Label, Map<String, RelationshipField>> DERIVED = GraphModel.fields()
		.stream()
		.filter(field -> !field.handWritten())
		.collect(Collectors.groupingBy(RelationshipField::owner,
				Collectors.toMap(RelationshipField::name, Function.identity())));

	private Projections() {
	}

	/** What the nodes of a connection ({@code nodes}, {@code edges { node }}) need, null for everything. */
	static Set<String> ofConnection(Label label, DataFetchingFieldSelectionSet selection) {
		return of(List.of(label),
				selection.getFields("nodes", "edges/node").stream().map(SelectedField::getSelectionSet).toList());
	}

	/** What a node of one of {@code labels}, selected with {@code selection}, needs; null for everything. */
	static Set<String> of(Collection<Label> labels, DataFetchingFieldSelectionSet selection) {
		return of(labels, List.of(selection));
	}

	/** What a node of one of {@code labels}, selected with all of {@code selections}, needs; null for everything. */
	static Set<String> of(Collection<Label> labels, List<DataFetchingFieldSelectionSet> selections) {
		var properties = new HashSet<String>();
		properties.add(ID);
		for (var selection : selections) {
			if (!add(properties, labels, selection)) {
				return null;
			}
		}
		return Set.copyOf(properties);
	}

	/**
	 * What the other end of a relationship field needs: the field's own selection, or for a link type, the
	 * selection of the link's fields that show the other end. Null for everything.
	 */
	static Set<String> ofOthers(RelationshipField field, DataFetchingFieldSelectionSet selection) {
		if (field.link() == null) {
			return of(field.others(), selection);
		}
		var properties = new HashSet<String>();
		properties.add(ID);
		for (var selected : selection.getImmediateFields()) {
			var name = selected.getName();
			var end = field.link().ends().get(name);
			if (end != null) {
				if (!showsOwner(field, end) && !add(properties, field.others(), selected.getSelectionSet())) {
					return null;
				}
			}
			else if (!field.link().properties().contains(name) && !name.startsWith("__")) {
				return null;
			}
		}
		return Set.copyOf(properties);
	}

	/** Adds what {@code selection} reads of nodes of {@code labels}; false when it needs the whole node. */
	private static boolean add(Set<String> properties, Collection<Label> labels, DataFetchingFieldSelectionSet selection) {
		for (var selected : selection.getImmediateFields()) {
			if (!add(properties, labels, selected)) {
				return false;
			}
		}
		return true;
	}

	private static boolean add(Set<String> properties, Collection<Label> labels, SelectedField selected) {
		var name = selected.getName();
		if (name.startsWith("__")) {
			return true;
		}
		boolean known = false;
		for (var label : labels) {
			if (Entities.components(label).contains(name)) {
				properties.add(name);
				known = true;
				continue;
			}
			var field = derivedField(label, name);
			if (field == null) {
				continue;
			}
			known = true;
			if (field.link() != null) {
				// the link's ends that show the owner again show this very record
				for (var entry : field.link().ends().entrySet()) {
					if (showsOwner(field, entry.getValue())) {
						for (var end : selected.getSelectionSet().getFields(entry.getKey())) {
							if (!add(properties, List.of(label), end.getSelectionSet())) {
								return false;
							}
						}
					}
				}
			}
		}
		return known;
	}

	/** The relationship field of {@code label} that the model derives, null when there is none. */
	static RelationshipField derivedField(Label label, String name) {
		return DERIVED.getOrDefault(label, Map.of()).get(name);
	}

	/** Whether an end of a field's link shows the field's owner rather than the other end. */
	private static boolean showsOwner(RelationshipField field, LinkType.End end) {
		return switch (end.side()) {
			case START -> field.outgoing();
			case END -> !field.outgoing();
			case OTHER -> false;
		};
	}

}
