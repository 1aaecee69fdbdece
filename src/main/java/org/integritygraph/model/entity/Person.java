package org.integritygraph.model.entity;

/** 公职人员: a {@code :Person} node. Personal data (birth date, identity number) is not read into it. */
public record Person(String id, String name, String nameEn, String gender, long version) implements Entity {
}
