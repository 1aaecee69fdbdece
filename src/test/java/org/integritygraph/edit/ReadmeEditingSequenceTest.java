package org.integritygraph.edit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.integritygraph.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's section on editing runs as written, on the sample data, over HTTP as GraphiQL sends it: an
 * editor (a token of the editor role) records a broken commitment, a record against the body, an objection that is rejected, a repair a
 * year later and a reorganisation; an auditor (role auditor) reads who did each, when and why; the recall report as known
 * before the repair still shows the record as it was then.
 */
class ReadmeEditingSequenceTest extends EditingTest {

	private static final String SECTION = "## Editing, the audit trail and as-of history (编辑、审计与回溯)";

	@Autowired
	ExecutionGraphQlService graphQlService;

	@Override
	String fixture() {
		return "sample/sample-city.jsonl";
	}

	@Test
	void readme_editingSection_worksAsWritten() throws Exception {
		var blocks = blocks(section(), "graphql");
		assertThat(blocks).hasSize(5);
		warmUp(withoutKnownAt(blocks.get(4)), null);

		var broken = post(blocks.get(0));
		assertThat(broken.<List<String>>read("$.data.markCommitmentBroken.commitment.events[*].status"))
			.containsExactly("PENDING", "OVERDUE", "BROKEN");
		assertThat(broken.<String>read("$.data.createRecord.record.status")).isEqualTo("RECORDED");
		assertThat(broken.<String>read("$.data.createRecord.record.disclosureUntil")).isEqualTo("2030-04-15");

		var objection = post(blocks.get(1));
		assertThat(objection.<String>read("$.data.fileObjection.record.status")).isEqualTo("OBJECTION_PENDING");
		assertThat(objection.<String>read("$.data.rejectObjection.record.status")).isEqualTo("RECORDED");
		var beforeRepair = objection.<String>read("$.data.rejectObjection.audit.at");

		var later = post(blocks.get(2));
		assertThat(later.<String>read("$.data.repairRecord.record.status")).isEqualTo("REPAIRED");
		assertThat(later.<List<String>>read("$.data.repairRecord.record.events[*].kind")).containsExactly("RECORDED",
				"OBJECTION_FILED", "OBJECTION_REJECTED", "REPAIR_APPLIED", "REPAIRED");
		assertThat(later.<List<String>>read("$.data.reorganiseBody.userErrors")).isEmpty();
		assertThat(later.<List<String>>read("$.data.reorganiseBody.transferredCommitments[*].id"))
			.containsExactly("cm-river-avail-2026");
		assertThat(later.<List<String>>read("$.data.reorganiseBody.transferredProjects[*].id"))
			.containsExactly("pj-qinghe-river-ppp");
		assertThat(later.<List<String>>read("$.data.reorganiseBody.endedTenures[*].person.name"))
			.containsExactlyInAnyOrder("吴静", "陶然", "温子健");
		assertThat(later.<List<String>>read("$.data.reorganiseBody.endedTenures[*].to")).containsOnly("2026-11-01");
		assertThat(later.<List<String>>read("$.data.reorganiseBody.successor.assumedCommitments[*].id"))
			.containsExactly("cm-river-avail-2026");

		var log = audit(blocks.get(3));
		assertThat(log.<Integer>read("$.data.auditLog.totalCount")).isEqualTo(8);
		assertThat(log.<List<String>>read("$.data.auditLog.nodes[*].operation")).containsExactly("reorganiseBody",
				"createBody", "repairRecord", "applyForRepair", "rejectObjection", "fileObjection", "createRecord",
				"markCommitmentBroken");
		assertThat(log.<List<String>>read("$.data.auditLog.nodes[*].actor")).containsOnly(EDITOR);
		assertThat(log.<List<String>>read("$.data.auditLog.nodes[*].reason")).contains("认定失信并记录",
				"预算安排不构成履约,异议不成立", "市级机构改革:市水务局职责整体划入市水利局");
		assertThat(log.<List<String>>read("$.data.auditLog.nodes[*].at")).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(log.<List<String>>read("$.data.auditLog.nodes[*].requestId")).doesNotContainNull();

		warmUp(blocks.get(4), beforeRepair);
		var asKnown = audit(blocks.get(4), Map.of("knownAt", beforeRepair));
		var record = "$.data.recallReport.records[?(@.id == 'rc-river-avail-broken')]";
		assertThat(asKnown.<List<String>>read(record + ".status")).containsExactly("RECORDED");
		assertThat(asKnown.<List<String>>read(record + ".events[*].kind")).containsExactly("RECORDED",
				"OBJECTION_FILED", "OBJECTION_REJECTED");
		assertThat(asKnown.<List<String>>read("$.data.recallReport.commitments[?(@.id == 'cm-river-avail-2023')].status"))
			.containsExactly("BROKEN");
		var now = audit(withoutKnownAt(blocks.get(4)));
		assertThat(now.<List<String>>read(record + ".status")).containsExactly("REPAIRED");

		var then = download("/reports/projects/pj-qinghe-river-ppp.md?knownAt="
				+ URLEncoder.encode(beforeRepair, StandardCharsets.UTF_8));
		var today = download("/reports/projects/pj-qinghe-river-ppp.md");
		assertThat(then.statusCode()).isEqualTo(200);
		assertThat(then.headers().firstValue("X-Report-Data-Version"))
			.isNotEqualTo(today.headers().firstValue("X-Report-Data-Version"));
		assertThat(section()).contains("/reports/projects/pj-qinghe-river-ppp.pdf?knownAt=");
	}

	/**
	 * Runs the report once in-process: the first run of its queries (in a read transaction, and again in the
	 * rewound write transaction of an as-of read) includes their planning, which a busy machine may take
	 * longer over than an HTTP request may last.
	 */
	private void warmUp(String document, String knownAt) {
		var tester = ExecutionGraphQlServiceTester.builder(this.graphQlService)
			.responseTimeout(Duration.ofMinutes(3))
			.build()
			.document(document);
		(knownAt != null ? tester.variable("knownAt", knownAt) : tester).execute();
	}

	/** The same query as of now: without the directive and its variable. */
	private static String withoutKnownAt(String document) {
		var plain = document.replace(" ($knownAt: DateTime!) @knownAt(at: $knownAt)", "");
		assertThat(plain).doesNotContain("knownAt");
		return plain;
	}

	private HttpResponse<String> download(String path) throws IOException, InterruptedException {
		var token = this.issuer.issue(Role.AUDITOR, "auditor-li", List.of(), Duration.ofMinutes(10));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String section() throws IOException {
		var readme = Files.readString(Path.of("README.md"));
		var start = readme.indexOf("\n" + SECTION + "\n");
		assertThat(start).as(SECTION).isNotNegative();
		var end = readme.indexOf("\n## ", start + SECTION.length() + 1);
		return readme.substring(start, (end < 0) ? readme.length() : end);
	}

	/** The fenced blocks of that language in the text, in order. */
	private static List<String> blocks(String text, String language) {
		var blocks = new java.util.ArrayList<String>();
		var fence = "```" + language + "\n";
		for (int start = text.indexOf(fence); start >= 0; start = text.indexOf(fence, start + 1)) {
			var from = start + fence.length();
			blocks.add(text.substring(from, text.indexOf("\n```", from)));
		}
		return blocks;
	}

}
