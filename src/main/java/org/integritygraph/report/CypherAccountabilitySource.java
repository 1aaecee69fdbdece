package org.integritygraph.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.neo4j.driver.Record;

import org.springframework.stereotype.Component;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/**
 * Interim tracing answers from the report's own queries ({@code report/phase_holders},
 * {@code report/commitment_accountability}), until the tracing feature's {@code TraceService} is
 * merged and takes their place.
 */
@Component
class CypherAccountabilitySource implements AccountabilitySource {

	private final GraphReader reader;

	private final NamedQueries queries;

	CypherAccountabilitySource(GraphReader reader, NamedQueries queries) {
		this.reader = reader;
		this.queries = queries;
	}

	@Override
	public Map<ResponsibilityKey, List<ReportHolder>> phaseHolders(String projectId, LocalDate at) {
		var rows = this.reader.list(this.queries.get("report/phase_holders"), Map.of("projectId", projectId, "at", at),
				row -> Map.entry(new ResponsibilityKey(str(row, "phaseId"), str(row, "role"), str(row, "targetId"),
						date(row, "rFrom")), holder(row)));
		var holders = new LinkedHashMap<ResponsibilityKey, List<ReportHolder>>();
		rows.forEach(row -> holders.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()));
		return holders;
	}

	private static ReportHolder holder(Record row) {
		var chain = row.get("chain")
			.asList(step -> new ReportChainStep(ReportRows.post(step.get("post"), step.get("body")),
					ReportRows.tenures(step.get("holders"))));
		return new ReportHolder(ReportRows.person(row.get("person")), ReportRows.post(row.get("post"), row.get("body")),
				date(row, "tenureFrom"), date(row, "tenureTo"), date(row, "overlapFrom"), date(row, "overlapTo"),
				chain);
	}

	@Override
	public ReportAccountability commitment(String commitmentId, LocalDate at) {
		var then = new LinkedHashMap<String, ReportAccountability.ReportAnswer>();
		var now = new LinkedHashMap<String, ReportAccountability.ReportAnswer>();
		var rows = this.reader.list(this.queries.get("report/commitment_accountability"),
				Map.of("commitmentId", commitmentId, "at", at), row -> row);
		for (var row : rows) {
			var post = ReportRows.post(row.get("post"), row.get("body"));
			// The signer's post and the maker's principal post may be the same: the first basis wins.
			then.putIfAbsent(post.id(), new ReportAccountability.ReportAnswer(str(row, "basis"), date(row, "on"), post,
					ReportRows.tenures(row.get("holdersThen"))));
			var nowPost = ReportRows.post(row.get("nowPost"), row.get("nowBody"));
			if (nowPost != null) {
				now.putIfAbsent(nowPost.id(), new ReportAccountability.ReportAnswer(str(row, "nowBasis"), at, nowPost,
						ReportRows.tenures(row.get("holdersNow"))));
			}
		}
		return new ReportAccountability(List.copyOf(then.values()), List.copyOf(now.values()));
	}

}
