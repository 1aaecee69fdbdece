package org.integritygraph.api;

import java.time.LocalDate;
import java.util.List;

/** Arguments of {@code bodies(filter:)}. */
record BodyFilter(List<String> kind, List<String> level, String parentId, String divisionCode, String name,
		Boolean includeAbolished, LocalDate at) {
}
