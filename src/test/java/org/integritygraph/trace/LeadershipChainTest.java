package org.integritygraph.trace;

import org.integritygraph.support.TestNeo4j;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.integritygraph.graph.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.integritygraph.trace.TraceRendering.chain;

/** Question 2 of the domain: the leadership chain of a person or a post on a date (fixture {@code city}). */
class LeadershipChainTest {

	private static TraceService trace;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl", "trace/long_chain.jsonl");
		trace = TestNeo4j.traceService();
	}

	private static LeadershipChain onlyChainOfPost(String postId, String date) {
		var result = trace.leadershipChainOfPost(postId, LocalDate.parse(date)).orElseThrow();
		assertThat(result.chains()).hasSize(1);
		return result.chains().getFirst();
	}

	@Test
	void leadershipChain_followsReportingLinesValidOnTheDate() {
		var before = onlyChainOfPost("po-fgw-director", "2019-12-31");
		assertThat(chain(before)).isEqualTo("po-fgw-director[pe-sun-bei] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
		assertThat(before.reachesPrincipal()).isTrue();
		assertThat(before.steps().get(1).body().id()).isEqualTo("bd-city");
		assertThat(before.steps().getFirst().reportsTo())
			.isEqualTo(new TraceEdge("po-fgw-director", "po-vm-a", "REPORTS_TO", LocalDate.parse("2015-01-01"),
					LocalDate.parse("2020-01-01"), null, null));

		// 分工调整: from 2020-01-01 the commission reports to the other vice-mayor.
		var after = onlyChainOfPost("po-fgw-director", "2020-01-01");
		assertThat(chain(after)).isEqualTo("po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu]");
	}

	@Test
	void leadershipChain_treatsTenuresAsClosedOpenIntervals() {
		assertThat(chain(onlyChainOfPost("po-fgw-director", "2019-02-28")))
			.startsWith("po-fgw-director[pe-chen-dong] >");
		// 陈东's tenure ends on 2019-03-01 (not valid that day); 孙北's starts on it (valid).
		assertThat(chain(onlyChainOfPost("po-fgw-director", "2019-03-01")))
			.startsWith("po-fgw-director[pe-sun-bei] >");
		assertThat(chain(onlyChainOfPost("po-mayor", "2021-06-29"))).isEqualTo("po-mayor[pe-lin-mu]");
		assertThat(chain(onlyChainOfPost("po-mayor", "2021-06-30"))).isEqualTo("po-mayor[vacant]");
		assertThat(chain(onlyChainOfPost("po-mayor", "2021-07-15"))).isEqualTo("po-mayor[pe-zhao-shan]");
	}

	@Test
	void leadershipChain_reportsAVacantStepAndGoesOnAboveIt() {
		var chain = onlyChainOfPost("po-fgw-deputy", "2021-07-01");
		assertThat(chain(chain))
			.isEqualTo("po-fgw-deputy[pe-he-xi] > po-fgw-director[pe-sun-bei] > po-vm-b[pe-li-qing] > po-mayor[vacant]");
		assertThat(chain.steps().getLast().vacant()).isTrue();
		assertThat(chain.reachesPrincipal()).isTrue();
	}

	@Test
	void leadershipChain_givesOneChainPerConcurrentPost() {
		var result = trace.leadershipChainOfPerson("pe-he-xi", LocalDate.parse("2019-05-01")).orElseThrow();
		assertThat(result.person().name()).isEqualTo("何西");
		assertThat(result.chains()).map(TraceRendering::chain)
			.containsExactly("po-czj-director[pe-he-xi] > po-vm-b[pe-li-qing] > po-mayor[pe-lin-mu]",
					"po-fgw-deputy[pe-he-xi] > po-fgw-director[pe-sun-bei] > po-vm-a[pe-wang-ping] > po-mayor[pe-lin-mu]");
		var tenure = result.chains().getFirst().steps().getFirst().holders().getFirst();
		assertThat(tenure.tenureFrom()).isEqualTo(LocalDate.parse("2018-01-01"));
		assertThat(tenure.tenureTo()).isNull();
	}

	@Test
	void leadershipChain_ofAPersonWithoutPostsOnTheDateHasNoChains() {
		var result = trace.leadershipChainOfPerson("pe-lin-mu", LocalDate.parse("2025-01-01")).orElseThrow();
		assertThat(result.person().id()).isEqualTo("pe-lin-mu");
		assertThat(result.chains()).isEmpty();
	}

	@Test
	void leadershipChain_stopsBeforeTheRepeatOfAReportingCycleAndFlagsIt() {
		var chain = onlyChainOfPost("po-loop-1", "2020-01-01");
		assertThat(chain(chain)).isEqualTo("po-loop-1[pe-loop] > po-loop-2[vacant] > po-loop-3[vacant] ↺po-loop-2");
		assertThat(chain.cycle()).isTrue();
		assertThat(chain.steps().getLast().reportsTo().target()).isEqualTo("po-loop-2");
		assertThat(chain.reachesPrincipal()).isFalse();
	}

	@Test
	void leadershipChain_isCutAtTheHopLimitAndSaysSo() {
		var chain = onlyChainOfPost("po-long-0", "2020-01-01");
		assertThat(chain.steps()).hasSize(TraceLimits.CHAIN_HOPS + 1);
		assertThat(chain.steps().getLast().post().id()).isEqualTo("po-long-20");
		assertThat(chain.truncated()).isTrue();
		assertThat(onlyChainOfPost("po-long-4", "2020-01-01").truncated()).isFalse();
	}

	@Test
	void leadershipChain_drawsEveryPostHolderAndLine() {
		var graph = trace.leadershipChainOfPost("po-fgw-director", LocalDate.parse("2019-12-31")).orElseThrow().graph();
		assertThat(graph.nodes()).extracting(TraceNode::id)
			.containsExactlyInAnyOrder("po-fgw-director", "po-vm-a", "po-mayor", "bd-fgw", "bd-city", "pe-sun-bei",
					"pe-wang-ping", "pe-lin-mu");
		assertThat(graph.nodes()).contains(new TraceNode("po-mayor", "Post", "市长"));
		assertThat(graph.edges()).extracting(e -> e.source() + " " + e.type() + " " + e.target())
			.containsExactlyInAnyOrder("po-fgw-director REPORTS_TO po-vm-a", "po-vm-a REPORTS_TO po-mayor",
					"pe-sun-bei HELD po-fgw-director", "pe-wang-ping HELD po-vm-a", "pe-lin-mu HELD po-mayor");
	}

	@Test
	void leadershipChain_ofUnknownIdsIsEmpty() {
		assertThat(trace.leadershipChainOfPerson("pe-nobody", LocalDate.parse("2020-01-01"))).isEmpty();
		assertThat(trace.leadershipChainOfPost("po-nothing", LocalDate.parse("2020-01-01"))).isEmpty();
	}

	@Test
	void leadershipChain_needsExactlyOneOfPersonAndPost() {
		assertThatThrownBy(() -> trace.leadershipChain("pe-he-xi", "po-mayor", null))
			.isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("both");
		assertThatThrownBy(() -> trace.leadershipChain(null, null, null)).isInstanceOf(InvalidArgumentException.class)
			.hasMessageContaining("neither")
			.extracting(ex -> ((InvalidArgumentException) ex).argument())
			.isEqualTo("personId");
	}

}
