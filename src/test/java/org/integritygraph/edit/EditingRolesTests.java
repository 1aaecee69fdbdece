package org.integritygraph.edit;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.integritygraph.security.Role;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may edit and who may read the audit trail: mutations need the editor (or admin) role and are recorded
 * under the token's subject; the audit log and history need the auditor (or admin) role; the change feed is open
 * to all (the public's is filtered, {@link PublicChangeFeedTests}). A refused request changes nothing.
 */
class EditingRolesTests extends EditingTest {

	private static final String EDIT = """
			mutation { updateBody(input: {id: "bd-drc", nameEn: "Development and Reform Commission", reason: "英文名"}) {
			  body { nameEn } audit { actor channel requestId } userErrors { code } } }""";

	private static final String AUDIT_LOG = "{ auditLog(first: 5) { totalCount nodes { actor operation } } }";

	@Test
	void aMutation_byThePublicOrAnInvestigatorOrAnAuditor_isRefused_andChangesNothing() {
		var before = TestNeo4j.snapshot();

		var asPublic = client(Role.PUBLIC, null).post(EDIT);
		var asInvestigator = client(Role.INVESTIGATOR, "investigator-zhao").post(EDIT);
		var asAuditor = client(Role.AUDITOR, "auditor-li").post(EDIT);

		assertThat(classification(asPublic)).isEqualTo("UNAUTHORIZED");
		assertThat(classification(asInvestigator)).isEqualTo("FORBIDDEN");
		assertThat(classification(asAuditor)).isEqualTo("FORBIDDEN");
		assertThat(asInvestigator.<String>read("$.errors[0].message")).contains("editor role");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void aMutation_byAnEditorOrAnAdmin_isRecordedUnderTheTokensSubject() {
		var edited = post(EDIT);
		assertThat(edited.<String>read("$.data.updateBody.body.nameEn")).isEqualTo("Development and Reform Commission");
		assertThat(edited.<String>read("$.data.updateBody.audit.actor")).isEqualTo(EDITOR);
		assertThat(edited.<String>read("$.data.updateBody.audit.channel")).isEqualTo("API");
		assertThat(edited.<String>read("$.data.updateBody.audit.requestId")).isNotBlank();

		var byAdmin = withoutErrors(client(Role.ADMIN, "admin-sun").post(EDIT.replace("Development", "The Development")));
		assertThat(byAdmin.<String>read("$.data.updateBody.audit.actor")).isEqualTo("admin-sun");
	}

	@Test
	void theAuditLogAndHistory_areForAuditorsAndAdmins() {
		post(EDIT);
		var history = "{ body(id: \"bd-drc\") { name history { entry { actor operation } } } }";

		assertThat(audit(AUDIT_LOG).<List<String>>read("$.data.auditLog.nodes[*].actor")).contains(EDITOR);
		assertThat(withoutErrors(client(Role.ADMIN, "admin-sun").post(AUDIT_LOG)).<Integer>read("$.data.auditLog.totalCount"))
			.isPositive();
		assertThat(audit(history).<List<String>>read("$.data.body.history[*].entry.operation")).contains("updateBody");
		assertThat(classification(this.graphQl.post(AUDIT_LOG))).as("an editor").isEqualTo("FORBIDDEN");
		assertThat(classification(client(Role.INVESTIGATOR, "investigator-zhao").post(AUDIT_LOG))).isEqualTo("FORBIDDEN");
		assertThat(classification(client(Role.PUBLIC, null).post(AUDIT_LOG))).isEqualTo("UNAUTHORIZED");
		var publicHistory = client(Role.PUBLIC, null).post(history);
		assertThat(classification(publicHistory)).isEqualTo("UNAUTHORIZED");
		assertThat(publicHistory.<List<Object>>read("$.errors[0].path")).containsExactly("body", "history");

		var feed = "{ changes(first: 100) { changes { type entityId } } }";
		assertThat(withoutErrors(client(Role.INVESTIGATOR, "portal").post(feed))
			.<List<String>>read("$.data.changes.changes[*].entityId")).contains("bd-drc");
		assertThat(withoutErrors(client(Role.PUBLIC, null).post(feed))
			.<List<String>>read("$.data.changes.changes[*].entityId")).contains("bd-drc");
	}

	private static String classification(DocumentContext response) {
		List<Map<String, Object>> errors = response.read("$.errors");
		assertThat(errors).isNotEmpty();
		return response.read("$.errors[0].extensions.classification");
	}

}
