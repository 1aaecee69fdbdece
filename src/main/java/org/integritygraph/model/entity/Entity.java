package org.integritygraph.model.entity;

/**
 * The read model of a node of the graph: one record per label, its components named after the label's
 * properties (see {@code org.integritygraph.model.GraphModel}) plus the two system properties: a stable string
 * id and the version the editing API counts up with every change (optimistic locking; 0 for a node written
 * before versions were kept).
 */
public interface Entity {

	String id();

	long version();

}
