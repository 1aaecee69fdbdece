package org.integritygraph.model.entity;

/** 企业/社会资本: a {@code :Company} node; its id is its 统一社会信用代码 when known. */
public record Company(String id, String name, String nameEn, String uscc, long version) implements Entity {
}
