package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.util.List;

import org.integritygraph.ingest.ImportResult;

/**
 * The outcome of importing one document.
 *
 * @param source the file (for messages)
 * @param documentId the id of the document in the graph
 * @param document the parsed document
 * @param issuer the issuing body, if resolved
 * @param jurisdiction where its units were looked for
 * @param review one row per unit of every task
 * @param changes what changed in the graph (nothing for a dry run)
 * @param result what the JSON Lines import wrote, null for a dry run
 */
record DocumentImport(String source, String documentId, ParsedDocument document, Body issuer,
		Jurisdiction jurisdiction, List<ReviewRow> review, DocumentChanges changes, ImportResult result) {

	DocumentImport {
		review = List.copyOf(review);
	}

	boolean succeeded() {
		return this.result == null || this.result.succeeded();
	}

	long count(Resolution.How how) {
		return this.review.stream().filter(row -> row.resolution().how() == how).count();
	}

}
