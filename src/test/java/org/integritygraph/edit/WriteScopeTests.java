package org.integritygraph.edit;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.WriteScope;
import org.integritygraph.security.Role;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor whose token names bodies ({@code bodies: [bd-transport]}) changes only what those bodies and the
 * bodies under them answer for ({@link WriteScope}), before and after the edit; anything else is refused as
 * {@code FORBIDDEN} and changes nothing. In {@code edit/city.jsonl}, 青禾市交通运输局 (bd-transport) has the
 * service centre under it, posts, the projects pj-road and pj-bridge and three commitments; 发改委 (bd-drc)
 * issued the record rc-road-penalty; 住建局 (bd-housing) has its own director's post.
 */
class WriteScopeTests extends EditingTest {

	/** The transport bureau's editor. */
	private GraphQlClient transport() {
		return limitedTo("bd-transport");
	}

	private GraphQlClient limitedTo(String... bodies) {
		return new GraphQlClient(this.port)
			.withToken(this.issuer.issue(Role.EDITOR, "editor-transport", List.of(bodies), Duration.ofHours(1)));
	}

	@Test
	void everyLabelIsEitherAnsweredForByABodyOrShared() {
		assertThat(WriteScope.sharedLabels()).containsExactly(GraphModel.COMPANY);
		GraphModel.labels()
			.stream()
			.filter(label -> !WriteScope.sharedLabels().contains(label))
			.forEach(label -> assertThat(WriteScope.answering(label)).as(label.name())
				.allSatisfy(clause -> assertThat(clause).contains("(n:" + label.name() + ")", "owner")));
	}

	@Test
	void theBodiesOwnNodes_andThoseOfTheBodiesUnderThem_areWritten() {
		var bureau = withoutErrors(transport().post("""
				mutation { updateBody(input: {id: "bd-transport", nameEn: "Transport Bureau"}) {
				  body { nameEn } audit { actor } userErrors { code } } }"""));
		assertThat(bureau.<String>read("$.data.updateBody.body.nameEn")).isEqualTo("Transport Bureau");
		assertThat(bureau.<String>read("$.data.updateBody.audit.actor")).isEqualTo("editor-transport");

		var centre = withoutErrors(transport().post("""
				mutation { updateBody(input: {id: "bd-transport-centre", nameEn: "Transport Service Centre"}) {
				  body { nameEn } userErrors { code } } }"""));
		assertThat(centre.<String>read("$.data.updateBody.body.nameEn")).isEqualTo("Transport Service Centre");

		var post = withoutErrors(transport().post("""
				mutation { updatePost(input: {id: "po-transport-section", titleEn: "Chief, Construction Section"}) {
				  post { titleEn } userErrors { code } } }"""));
		assertThat(post.<String>read("$.data.updatePost.post.titleEn")).isEqualTo("Chief, Construction Section");

		var city = withoutErrors(limitedTo("bd-city").post("""
				mutation { updateBody(input: {id: "bd-transport-centre", nameEn: "Centre"}) { body { nameEn } } }"""));
		assertThat(city.<String>read("$.data.updateBody.body.nameEn")).as("two levels under the city").isEqualTo("Centre");
	}

	@Test
	void anotherBodysNodes_recordsAndPosts_areRefused_andNothingChanges() {
		var before = TestNeo4j.snapshot();

		var housing = transport().post("""
				mutation { updateBody(input: {id: "bd-housing", nameEn: "Housing"}) { body { nameEn } } }""");
		var parent = transport().post("""
				mutation { updateBody(input: {id: "bd-city", nameEn: "City"}) { body { nameEn } } }""");
		var post = transport().post("""
				mutation { updatePost(input: {id: "po-housing-director", titleEn: "Director"}) { post { titleEn } } }""");
		var appointment = transport().post("""
				mutation { endTenure(input: {personId: "pe-zhou", postId: "po-housing-director", to: "2025-01-01",
				                             reason: "免职"}) { userErrors { code } } }""");
		var record = transport().post("""
				mutation { fileObjection(input: {recordId: "rc-road-penalty", on: "2025-01-02", reason: "异议"}) {
				  userErrors { code } } }""");

		for (var refused : List.of(housing, parent, post, appointment, record)) {
			refusal(refused);
		}
		assertThat(refusal(housing)).contains("bd-transport and the bodies under them only", "bd-housing (bd-housing)");
		assertThat(refusal(record)).contains("rc-road-penalty (bd-drc)");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void nothingMovesIntoOrOutOfTheEditorsBodies() {
		var before = TestNeo4j.snapshot();

		var take = transport().post("""
				mutation { createIn(input: {startId: "po-housing-director", endId: "bd-transport"}) { userErrors { code } } }""");
		var attach = transport().post("""
				mutation { createPartOf(input: {startId: "bd-housing", endId: "bd-transport", from: "2000-01-01",
				                                to: "2005-01-01"}) {
				  userErrors { code } } }""");
		var detach = transport().post("""
				mutation { endPartOf(input: {startId: "bd-transport", endId: "bd-city", from: "2010-01-01", to: "2025-01-01",
				                             reason: "划出"}) { userErrors { code } } }""");

		assertThat(refusal(take)).as("the post is housing's before the edit")
			.contains("before the edit", "po-housing-director (bd-housing)");
		assertThat(refusal(attach)).contains("bd-housing (bd-housing)");
		assertThat(refusal(detach)).as("PART_OF is written for both ends").contains("bd-city (bd-city)");
		assertThat(TestNeo4j.snapshot()).isEqualTo(before);
	}

	@Test
	void newNodes_belongToTheBodyTheEditLinksThemTo() {
		var person = withoutErrors(transport().post("""
				mutation { createPerson(input: {id: "pe-new", name: "陆新"}) { person { id } userErrors { code } } }"""));
		assertThat(person.<String>read("$.data.createPerson.person.id")).as("a person no body answers for yet")
			.isEqualTo("pe-new");

		var ended = withoutErrors(transport().post("""
				mutation { endTenure(input: {personId: "pe-chen", postId: "po-transport-section", to: "2025-01-01",
				                             reason: "免职"}) { userErrors { code } } }"""));
		assertThat(ended.<List<Object>>read("$.data.endTenure.userErrors")).isEmpty();
		var appointed = withoutErrors(transport().post("""
				mutation { appoint(input: {personId: "pe-new", postId: "po-transport-section", from: "2025-01-01",
				                           reason: "任命"}) { userErrors { code } } }"""));
		assertThat(appointed.<List<Object>>read("$.data.appoint.userErrors")).isEmpty();

		var elsewhere = limitedTo("bd-housing").post("""
				mutation { updatePerson(input: {id: "pe-new", nameEn: "Lu Xin"}) { person { nameEn } } }""");
		assertThat(refusal(elsewhere)).as("now the transport bureau's").contains("pe-new (bd-transport)");

		var company = withoutErrors(transport().post("""
				mutation { createCompany(input: {id: "co-new", name: "青禾路桥建设有限公司"}) { company { id } } }"""));
		assertThat(company.<String>read("$.data.createCompany.company.id")).as("companies are shared").isEqualTo("co-new");
	}

	@Test
	void anAdminOrAnEditorWithoutBodies_isNotLimited() {
		var admin = new GraphQlClient(this.port)
			.withToken(this.issuer.issue(Role.ADMIN, "admin-sun", List.of("bd-transport"), Duration.ofHours(1)));
		var edit = "mutation { updateBody(input: {id: \"bd-housing\", nameEn: \"Housing\"}) { body { nameEn } } }";

		assertThat(withoutErrors(admin.post(edit)).<String>read("$.data.updateBody.body.nameEn")).isEqualTo("Housing");
		assertThat(post(edit.replace("Housing", "Housing Bureau")).<String>read("$.data.updateBody.body.nameEn"))
			.isEqualTo("Housing Bureau");
	}

	/** The message of a FORBIDDEN answer (the test fails on any other answer). */
	private static String refusal(DocumentContext response) {
		assertThat(response.jsonString()).contains("\"classification\":\"FORBIDDEN\"");
		return response.read("$.errors[0].message");
	}

}
