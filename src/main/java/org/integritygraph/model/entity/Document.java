package org.integritygraph.model.entity;

import java.time.LocalDate;

/** 文件: a {@code :Document} node (a policy document, a decision's text, a source). */
public record Document(String id, String docNo, String title, LocalDate issuedOn, String text, String url,
		long version) implements Entity {
}
