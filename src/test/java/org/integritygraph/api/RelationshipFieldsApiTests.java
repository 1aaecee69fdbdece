package org.integritygraph.api;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.integritygraph.security.TokenIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relationship field the model declares answers over HTTP; these are the fields no other test reads,
 * each asserted against the sample data (青禾市) as {@code sample-city.jsonl} states it.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipFieldsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	TokenIssuer issuer;

	DocumentContext answer;

	@BeforeAll
	void ask() {
		this.answer = GraphQlClient.investigator(this.port, this.issuer).post(Documents.read("relationshipFields"));
		assertThat(this.answer.<java.util.Map<String, Object>>read("$")).doesNotContainKey("errors");
	}

	@Test
	void tasksOfABody_asLeadAndAsCooperatingUnit() {
		assertThat(ids("$.data.office.ledTasks[*].id")).containsExactly("tk-qzbf-2018-88-1", "tk-qzbf-2018-88-3");
		assertThat(ids("$.data.hexi.cooperatingTasks[*].id")).containsExactlyInAnyOrder("tk-qzbf-2018-88-1",
				"tk-qzbf-2019-41-1", "tk-qzbf-2018-88-2", "tk-qzbf-2019-41-2", "tk-qzbf-2018-88-4",
				"tk-qzbf-2018-88-6", "tk-qzbf-2018-88-7");
	}

	@Test
	void unitsOfATask_andItsDocument() {
		assertThat(ids("$.data.leads.leads[*].id")).containsExactly("bd-city-court", "bd-city-cdi");
		assertThat(this.answer.<String>read("$.data.leads.document.id")).isEqualTo("doc-qzbf-2018-88");
		assertThat(ids("$.data.cooperators.cooperators[*].id")).containsExactly("bd-songling", "bd-hexi", "bd-devzone");
		assertThat(ids("$.data.document.tasks[*].number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
	}

	@Test
	void partOf_overTime_andTheChildrenOnADate() {
		assertThat(ids("$.data.water.parentHistory[*].parent.id")).containsExactly("bd-city");
		assertThat(this.answer.<String>read("$.data.water.parentHistory[0].from")).isEqualTo("2015-01-01");
		assertThat(this.answer.<Object>read("$.data.water.parentHistory[0].to")).isNull();
		assertThat(ids("$.data.city.children[*].id")).contains("bd-city-water", "bd-city-transport");
	}

	@Test
	void commitmentsMadeToABodyOrACompany() {
		assertThat(ids("$.data.city.commitmentsReceived[*].id")).containsExactlyInAnyOrder("cm-hexi-arrears",
				"cm-songling-arrears", "cm-songling-water-quality", "cm-hexi-pm25");
		assertThat(ids("$.data.company.commitmentsReceived[*].id")).containsExactly("cm-river-land",
				"cm-river-avail-2019", "cm-river-avail-2021", "cm-river-avail-2023", "cm-river-avail-2026");
	}

	@Test
	void decisionsAndContractsOfABody() {
		assertThat(ids("$.data.transport.decisions[*].id")).containsExactly("dc-ringroad-supplement",
				"dc-ringroad-transfer");
		assertThat(ids("$.data.transport.contracts[*].id")).containsExactlyInAnyOrder("ct-ringroad-ppp",
				"ct-ringroad-supplement", "ct-bridge-construction", "ct-bridge-supervision", "ct-bridge-approach");
	}

	@Test
	void reportingAndHolderHistory_andSubordinatesOnADate() {
		assertThat(ids("$.data.transportDirector.reportingHistory[*].superior.id")).containsExactly("po-city-vm-a",
				"po-city-vm-b");
		assertThat(ids("$.data.transportDirector.reportingHistory[*].to")).containsExactly("2021-07-01", null);
		assertThat(ids("$.data.waterDirector.holderHistory[*].person.name")).containsExactly("周海涛", "吴静");
		assertThat(ids("$.data.waterDirector.holderHistory[*].to")).containsExactly("2020-01-20", null);
		assertThat(ids("$.data.waterDirector.holderHistory[*].post.id")).containsOnly("po-water-director");
		assertThat(ids("$.data.viceMayor.before[*].id")).contains("po-water-director", "po-ecology-director")
			.doesNotContain("po-transport-director");
		assertThat(ids("$.data.viceMayor.after[*].id")).contains("po-water-director", "po-transport-director")
			.doesNotContain("po-ecology-director");
	}

	@Test
	void whatAPersonSigned_andAnsweredForDirectly() {
		assertThat(ids("$.data.zhou.signedContracts[*].id")).containsExactly("ct-river-consult", "ct-river-ppp");
		assertThat(ids("$.data.zhou.signedCommitments[*].id")).contains("cm-river-land", "cm-river-avail-2026");
		assertThat(ids("$.data.lin.responsibilities[*].phase.id")).containsExactly("ph-qinghe-river-ppp-execution");
		assertThat(ids("$.data.lin.responsibilities[*].role")).containsExactly("GOVERNMENT_REPRESENTATIVE");
		assertThat(ids("$.data.lin.responsibilities[*].person.name")).hasSize(1).doesNotContainNull();
		assertThat(ids("$.data.lin.responsibilities[*].post")).containsExactly((String) null);
		assertThat(ids("$.data.lin.responsibilities[*].to")).containsExactly("2020-11-01");
	}

	@Test
	void recordsOfADecision_andSourcesOfACommitment() {
		assertThat(ids("$.data.approval.records[*].id")).containsExactlyInAnyOrder("rc-bridge-penalty",
				"rc-he-yong-accountability");
		assertThat(ids("$.data.arrears.sources[*].id")).containsExactly("doc-qzbf-2019-41");
	}

	private List<String> ids(String path) {
		return this.answer.read(path);
	}

}
