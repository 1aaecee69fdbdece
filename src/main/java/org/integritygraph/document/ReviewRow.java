package org.integritygraph.document;

/**
 * One line of the review table an import prints: a unit of a task and what it resolved to.
 *
 * @param task the task's number
 * @param role lead, cooperating or responsible
 * @param asWritten the unit as the document writes it
 * @param resolution the body, or why there is none
 */
record ReviewRow(String task, UnitRole role, String asWritten, Resolution resolution) {
}
