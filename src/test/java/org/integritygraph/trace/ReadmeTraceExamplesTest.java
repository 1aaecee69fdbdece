package org.integritygraph.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.integritygraph.api.ApiTest;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.security.TokenIssuer;

import org.integritygraph.system.WarmUps;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of the README's section "Accountability tracing", run as written against the sample city
 * (青禾市), each with the answer the README states.
 */
@ApiTest
class ReadmeTraceExamplesTest {

	private static final Pattern GRAPHQL_BLOCK = Pattern.compile("(?s)```graphql\\n(.*?)```");

	private static final Pattern INLINE_CHAIN = Pattern.compile("`(leadershipChain\\(postId: \"po-water-director\".*?)`");

	private static final List<String> EXAMPLES = new ArrayList<>();

	private static String inlineChain;

	@LocalServerPort
	int port;

	GraphQlClient graphQl;

	@BeforeAll
	static void readTheReadme() throws IOException {
		var readme = Files.readString(Path.of("README.md"));
		var section = readme.substring(readme.indexOf("## Accountability tracing"),
				readme.indexOf("## Project responsibility recall reports"));
		GRAPHQL_BLOCK.matcher(section).results().forEach(match -> EXAMPLES.add(match.group(1)));
		var chain = INLINE_CHAIN.matcher(section);
		assertThat(chain.find()).as("the inline leadershipChain example").isTrue();
		inlineChain = "{ " + chain.group(1) + " }";
		assertThat(EXAMPLES).hasSize(3);
	}

	@Autowired
	WarmUps warmUps;

	@Autowired
	TokenIssuer issuer;

	/**
	 * As an investigator (who sees everything, as the README's section says) after start-up: the trace queries
	 * are planned in the background first (a busy machine is slow).
	 */
	@BeforeEach
	void client() throws Exception {
		this.graphQl = GraphQlClient.investigator(this.port, this.issuer);
		// planned on the sample city in the background after start-up
		assertThat(this.warmUps.done().get(10, TimeUnit.MINUTES)).isPositive();
	}

	private DocumentContext run(String document) {
		var answer = this.graphQl.post(document);
		assertThat(answer.<Map<String, Object>>read("$")).doesNotContainKey("errors");
		return answer;
	}

	@Test
	void projectAccountability_ofTheRiverProject_showsTheVacancyAndWhoAnswersNow() {
		var answer = run(EXAMPLES.get(0));
		assertThat(answer.<String>read("$.data.projectAccountability.at")).isEqualTo("2026-11-22");
		var principal = "$.data.projectAccountability.phases[?(@.phase.stage == 'EXECUTION')].responsibilities[?(@.role == 'PRINCIPAL')]";
		assertThat(answer.<List<String>>read(principal + ".holders[*].person.name")).containsExactly("周海涛", "吴静");
		assertThat(answer.<List<Boolean>>read(principal + ".vacant")).containsExactly(true);
		assertThat(answer.<List<Map<String, String>>>read(principal + ".vacancies[*]"))
			.containsExactly(Map.of("from", "2020-01-20", "to", "2020-05-06"));
		assertThat(answer.<List<String>>read(principal + ".answerableNow[*].chain.steps[*].holders[0].person.name"))
			.containsExactly("吴静", "郑凯", "孙雅琴");
	}

	@Test
	void responsibilityTrace_ofTheBrokenRingRoadSubsidy_followsTheResponsibilityToToday() {
		var answer = run(EXAMPLES.get(1));
		assertThat(answer.<String>read("$.data.responsibilityTrace.at")).isEqualTo("2026-11-22");
		var signed = "$.data.responsibilityTrace.acts[?(@.kind == 'SIGNED')].answerable[*]";
		assertThat(answer.<List<String>>read(signed + ".basis")).containsExactly("SIGNED_AS_POST");
		assertThat(answer.<List<String>>read(signed + ".post.title")).containsExactly("局长");
		assertThat(answer.<List<String>>read(signed + ".chain.steps[*].holders[0].person.name"))
			.containsExactly("刘振华", "王振宇", "林木");
		var today = "$.data.responsibilityTrace.answerableToday";
		assertThat(answer.<List<String>>read(today + "[*].basis")).containsExactly("REASSIGNED", "SAME_POST", "SAME_POST");
		assertThat(answer.<List<String>>read(today + "[*].post.title")).containsExactly("副市长", "建设管理科科长", "局长");
		assertThat(answer.<List<String>>read(today + "[*].holders[0].person.name")).containsExactly("郑凯", "龚雪", "程浩");
		for (int i = 0; i < 3; i++) {
			assertThat(answer.<List<String>>read(today + "[" + i + "].chain.steps[-1:].holders[0].person.name"))
				.containsExactly("孙雅琴");
		}
	}

	@Test
	void leadershipChain_throughTheVacancy() {
		var answer = run(inlineChain);
		var steps = "$.data.leadershipChain.chains[0].steps";
		assertThat(answer.<List<String>>read(steps + "[*].post.title")).containsExactly("局长", "副市长", "市长");
		assertThat(answer.<List<Boolean>>read(steps + "[*].vacant")).containsExactly(true, false, false);
		assertThat(answer.<List<String>>read(steps + "[*].holders[*].person.name")).containsExactly("孙雅琴", "林木");
	}

	@Test
	void responsibilityTrace_ofASanctionAgainstAFormerOfficial_tracesHisConduct() {
		var answer = run(EXAMPLES.get(2));
		var conduct = "$.data.responsibilityTrace.conduct[0]";
		assertThat(answer.<String>read(conduct + ".person.name")).isEqualTo("覃勇");
		assertThat(answer.<String>read(conduct + ".from")).isEqualTo("2019-07-15");
		assertThat(answer.<String>read(conduct + ".to")).isEqualTo("2019-07-16");
		assertThat(answer.<String>read(conduct + ".rule")).isEqualTo("DECLARED");
		assertThat(answer.<List<String>>read(conduct + ".posts[*].post.title")).containsExactly("镇长");
		assertThat(answer.<List<String>>read(conduct + ".posts[*].today[*].holders[0].person.name")).containsExactly("左军");
		assertThat(answer.<List<String>>read(conduct + ".responsibilities[*].phase.stage")).containsExactly("CONSTRUCTION");
		assertThat(answer.<List<String>>read(conduct + ".responsibilities[*].via.role")).containsExactly("PRINCIPAL");
		assertThat(answer.<List<Object>>read(conduct + ".signatures[*]")).hasSize(3);
		assertThat(answer.<List<String>>read(conduct + ".answerableToday[*].holders[0].person.name")).containsExactly("左军");
	}

	/** The README's report of a past date (the sample's ring road on 2024-06-30): that day's facts, not today's. */
	@Test
	void recallReport_ofTheRingRoadOnAPastDate_showsThatDay() {
		var answer = run("""
				{ recallReport(projectId: "pj-ring-road-ppp", at: "2024-06-30") {
				    statusOn phaseOn phases { phase { stage to } } } }""");
		assertThat(answer.<String>read("$.data.recallReport.statusOn")).isEqualTo("ACTIVE");
		assertThat(answer.<String>read("$.data.recallReport.phaseOn")).isEqualTo("EXECUTION");
		assertThat(answer.<List<String>>read("$.data.recallReport.phases[*].phase.stage"))
			.containsExactly("IDENTIFICATION", "PREPARATION", "PROCUREMENT", "EXECUTION");
		// the execution phase's end (2025-12-18) was not known then
		assertThat(answer.<Object>read("$.data.recallReport.phases[3].phase.to")).isNull();
	}

}
