package org.integritygraph.trace;


import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.integritygraph.graph.InvalidArgumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The links of an entity, paged per relationship type (fixtures {@code city} and {@code hub}). */
class NeighbourhoodTest {

	private static final String HUB = "91990100MA0000002X";

	private static TraceService trace;

	@BeforeAll
	static void loadFixture() {
		TestNeo4j.replaceGraph("trace/city.jsonl", "trace/hub.jsonl");
		trace = TestNeo4j.traceService();
	}

	private static NeighbourGroup group(Neighbourhood result, String type, String direction) {
		return result.groups()
			.stream()
			.filter(g -> g.type().equals(type) && g.direction().equals(direction))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void neighbourhood_groupsTheLinksByTypeAndDirection() {
		var result = trace.neighbourhood("bd-fgw", 1, null, 20, null).orElseThrow();
		assertThat(result.groups()).extracting(g -> g.type() + " " + g.direction() + " " + g.totalCount())
			.containsExactly("AGAINST IN 1", "IN IN 4", "MADE OUT 2", "OWNED_BY IN 1", "PARTY IN 1", "PART_OF OUT 1",
					"SUCCEEDED_BY OUT 1");
		assertThat(group(result, "MADE", "OUT").neighbours()).extracting(n -> n.node().id())
			.containsExactly("cm-payment", "cm-waived");
		assertThat(group(result, "PART_OF", "OUT").neighbours().getFirst().edge().validTo())
			.hasToString("2022-01-01");
		assertThat(result.truncated()).isFalse();
	}

	@Test
	void linksAndNodesNoLongerInForce_areNeitherShownNorWalked() {
		TestNeo4j.driver().executableQuery("""
				CREATE (b:Entity:Body {id: 'bd-withdrawn-test', name: '撤回测试局', kind: 'DEPARTMENT'})
				CREATE (:Entity:Task {id: 'tk-in-force', number: '1', text: '在办任务'})-[:LEAD]->(b)
				CREATE (:Entity:Task {id: 'tk-dropped-link', number: '2', text: '改由他人牵头'})
				         -[:LEAD {withdrawnOn: date('2024-01-01')}]->(b)
				CREATE (:Entity:Task {id: 'tk-dropped', number: '3', text: '已撤回任务', withdrawnOn: date('2024-01-01')})
				         -[:LEAD]->(b)""").withConfig(TestNeo4j.queryConfig()).execute();
		try {
			var result = trace.neighbourhood("bd-withdrawn-test", 2, Set.of("LEAD"), 20, null).orElseThrow();
			assertThat(group(result, "LEAD", "IN").neighbours()).extracting(n -> n.node().id())
				.containsExactly("tk-in-force");
			assertThat(group(result, "LEAD", "IN").totalCount()).isEqualTo(1);
			assertThat(trace.connections("tk-dropped-link", "bd-withdrawn-test", 3, Set.of("LEAD")).orElseThrow().paths())
				.isEmpty();
			assertThat(trace.connections("tk-in-force", "bd-withdrawn-test", 3, Set.of("LEAD")).orElseThrow().paths())
				.hasSize(1);
		}
		finally {
			TestNeo4j.driver().executableQuery("""
					MATCH (n:Entity) WHERE n.id IN ['bd-withdrawn-test', 'tk-in-force', 'tk-dropped-link', 'tk-dropped']
					DETACH DELETE n""").withConfig(TestNeo4j.queryConfig()).execute();
		}
	}

	@Test
	void neighbourhood_pagesEachGroupWithItsOwnCursor() {
		var first = group(trace.neighbourhood("bd-fgw", 1, Set.of("IN"), 2, null).orElseThrow(), "IN", "IN");
		assertThat(first.neighbours()).extracting(n -> n.node().id()).containsExactly("po-fgw-deputy", "po-fgw-director");
		assertThat(first.hasNextPage()).isTrue();
		var next = group(trace.neighbourhood("bd-fgw", 1, Set.of("IN"), 2, first.endCursor()).orElseThrow(), "IN", "IN");
		assertThat(next.neighbours()).extracting(n -> n.node().id()).containsExactly("po-fgw-economist", "po-fgw-invest");
		assertThat(next.hasNextPage()).isFalse();
		assertThat(next.totalCount()).isEqualTo(4);
	}

	@Test
	void neighbourhood_keepsANodeWithManyLinksUsable() {
		var result = trace.neighbourhood(HUB, 1, null, 100, null).orElseThrow();
		var contracts = group(result, "PARTY", "IN");
		assertThat(contracts.totalCount()).isEqualTo(150);
		assertThat(contracts.neighbours()).hasSize(100);
		assertThat(contracts.neighbours().getFirst().node().id()).isEqualTo("ct-hub-001");
		assertThat(contracts.hasNextPage()).isTrue();
		var rest = group(trace.neighbourhood(HUB, 1, null, 100, contracts.endCursor()).orElseThrow(), "PARTY", "IN");
		assertThat(rest.neighbours()).hasSize(50);
		assertThat(rest.neighbours().getLast().node().id()).isEqualTo("ct-hub-150");
	}

	@Test
	void neighbourhood_drawsLinksUpToTheDepthAsked() {
		var one = trace.neighbourhood("pe-zhou-nan", 1, Set.of("HELD", "IN", "MADE"), 20, null).orElseThrow();
		assertThat(one.graph().nodes()).extracting(TraceNode::id).containsExactlyInAnyOrder("pe-zhou-nan", "po-fgw-economist");
		var two = trace.neighbourhood("pe-zhou-nan", 2, Set.of("HELD", "IN", "MADE"), 20, null).orElseThrow();
		assertThat(two.graph().nodes()).extracting(TraceNode::id)
			.containsExactlyInAnyOrder("pe-zhou-nan", "po-fgw-economist", "bd-fgw");
		var three = trace.neighbourhood("pe-zhou-nan", 3, Set.of("HELD", "IN", "MADE"), 20, null).orElseThrow();
		assertThat(three.graph().nodes()).extracting(TraceNode::id)
			.containsExactlyInAnyOrder("pe-zhou-nan", "po-fgw-economist", "bd-fgw", "po-fgw-director", "po-fgw-deputy",
					"po-fgw-invest", "cm-payment", "cm-waived");
		assertThat(three.graph().edges()).hasSize(7).doesNotHaveDuplicates();
		assertThat(three.truncated()).isFalse();
	}

	@Test
	void neighbourhood_saysWhenTheDrawingWasCut() {
		var result = trace.neighbourhood("bd-fgw", 2, Set.of("PARTY", "IN", "FOR"), 1, null).orElseThrow();
		// 发改委's PARTY contract has two parties and a project: one link per type and node is drawn.
		assertThat(result.truncated()).isTrue();
	}

	@Test
	void neighbourhood_ofAnUnknownIdIsEmpty() {
		assertThat(trace.neighbourhood("nothing", 1, null, 20, null)).isEmpty();
	}

	@Test
	void neighbourhood_checksItsBounds() {
		assertThatThrownBy(() -> trace.neighbourhood("bd-fgw", 4, null, 20, null))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting(ex -> ((InvalidArgumentException) ex).argument())
			.isEqualTo("depth");
		assertThatThrownBy(() -> trace.neighbourhood("bd-fgw", 1, null, 101, null))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting(ex -> ((InvalidArgumentException) ex).argument())
			.isEqualTo("first");
		assertThatThrownBy(() -> trace.neighbourhood("bd-fgw", 1, null, 20, "not-a-cursor"))
			.isInstanceOf(InvalidArgumentException.class)
			.extracting(ex -> ((InvalidArgumentException) ex).argument())
			.isEqualTo("after");
	}

}
