package org.integritygraph.document;

/**
 * A unit as a policy document names it for a task.
 *
 * @param role lead, cooperating or responsible
 * @param asWritten the words of the document, white space removed (a line break may fall inside)
 * @param general whether it is a category of addressees (各县〈区〉人民政府, 市直各有关部门, 其他有关部门),
 *     not one body
 */
public record UnitMention(UnitRole role, String asWritten, boolean general) {
}
