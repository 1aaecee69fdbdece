package org.integritygraph.model.entity;

/**
 * The read model of a node of the graph: one record per label, its components named after the label's
 * properties (see {@code org.integritygraph.model.GraphModel}). Every entity has a stable string id.
 */
public interface Entity {

	String id();

}
