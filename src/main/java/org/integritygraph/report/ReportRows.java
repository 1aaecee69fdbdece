package org.integritygraph.report;

import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.bool;
import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/** Mapping of the report queries' nodes and maps into the report's records. */
final class ReportRows {

	private ReportRows() {
	}

	static boolean present(Value value) {
		return value != null && !value.isNull();
	}

	static ReportPost post(Value post, Value body) {
		if (!present(post)) {
			return null;
		}
		var n = post.asNode();
		return new ReportPost(str(n, "id"), str(n, "title"), str(n, "titleEn"), bool(n, "principal"),
				present(body) ? Ref.body(body.asNode()) : null);
	}

	static Ref body(Value node) {
		return present(node) ? Ref.body(node.asNode()) : null;
	}

	static Ref person(Value node) {
		return present(node) ? Ref.person(node.asNode()) : null;
	}

	static List<Ref> typedRefs(Value list) {
		return list.asList(Ref::typed);
	}

	static List<SourceRef> sources(Value list) {
		return list.asList(v -> SourceRef.of(v.asNode()));
	}

	/** {@code [{person, from, to}]}, oldest tenure first. */
	static List<ReportTenure> tenures(Value list) {
		return list.asList(ReportRows::tenure)
			.stream()
			.sorted(Comparator.comparing(ReportTenure::from).thenComparing(t -> t.person().id()))
			.toList();
	}

	private static ReportTenure tenure(MapAccessor m) {
		return new ReportTenure(Ref.person(m.get("person").asNode()), date(m, "from"), date(m, "to"));
	}

}
