package org.integritygraph.profile;

/**
 * The legal basis of a measure (依据): the document and its clause.
 *
 * @param docNo the document's 文号, e.g. 卫政办发〔2018〕175号
 * @param title its title
 * @param clause the clause, as the document numbers it, e.g. 二(二)6
 * @param text what the clause says about the measure (a quotation)
 */
public record LegalBasis(String docNo, String title, String clause, String text) {
}
