package org.integritygraph.model.entity;

import java.time.LocalDate;

/**
 * 文件: a {@code :Document} node (a policy document, a decision's text, a source).
 *
 * @param issuerName the issuer as the document names it (发文机关), whether or not it resolved to a body
 */
public record Document(String id, String docNo, String title, LocalDate issuedOn, String text, String url,
		String issuerName, long version) implements Entity {
}
