package org.integritygraph.document;

import org.integritygraph.model.entity.Body;

/**
 * A unit a policy document charges with a task, with the body it resolved to.
 *
 * @param role lead, cooperating or responsible
 * @param unit the unit as the document writes it
 * @param general whether it is a category of addressees, not a body
 * @param body the body, or null
 * @param resolution how it was resolved ({@code EXACT}, {@code ALIAS}, {@code ABBREVIATION}, {@code PROVISIONAL}), or null
 */
record TaskAssignment(UnitRole role, String unit, boolean general, Body body, String resolution) {
}
