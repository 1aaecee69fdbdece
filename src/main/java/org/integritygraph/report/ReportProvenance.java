package org.integritygraph.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Document;

/**
 * 来源与版本: what the report is based on, so that two reports can be compared.
 *
 * @param asOf the date the report answers for
 * @param generatedAt when it was made
 * @param dataVersion a fingerprint of every fact in the report ({@code sha256:} and 16 hex digits): two
 * reports with the same version were made from the same facts, whenever they were generated
 * @param sources every source document with the facts it backs
 * @param unsourced the facts without a source document
 */
public record ReportProvenance(LocalDate asOf, Instant generatedAt, String dataVersion, List<ReportSource> sources,
		List<FactRef> unsourced) {

	/** A source document and the facts of the report it backs. */
	public record ReportSource(Document document, List<FactRef> facts) {
	}

	/**
	 * A fact of the report.
	 *
	 * @param type {@code PROJECT}, {@code PHASE}, {@code DECISION}, {@code CONTRACT}, {@code COMMITMENT} or
	 * {@code RECORD}
	 * @param label how the report names it (a title, a 文号, a phase)
	 */
	public record FactRef(String type, String id, String label) {
	}

}
