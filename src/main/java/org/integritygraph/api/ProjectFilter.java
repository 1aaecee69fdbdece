package org.integritygraph.api;

import java.util.List;

/** Arguments of {@code projects(filter:)}. */
record ProjectFilter(List<String> kind, List<String> phase, List<String> status, String ownerId, String name) {
}
