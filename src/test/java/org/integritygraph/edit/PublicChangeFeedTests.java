package org.integritygraph.edit;

import java.util.List;
import java.util.Map;

import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;
import org.integritygraph.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed for the public: the changes of what the disclosure rules show today, their public properties
 * only, and of each entry when, the channel and the operation, never who or why. In the fixture both records'
 * disclosure periods ended before today, so the public sees neither them nor their events.
 */
class PublicChangeFeedTests extends EditingTest {

	private static final String FEED = """
			{ changes(first: 100) { cursor hasMore changes { target type entityId startId endId after changedProperties
			    entry { sequence channel operation actor reason requestId source idempotencyKey changeCount
			      changes { entityId startId endId } } } } }""";

	@Test
	void thePublicFeed_holdsOnlyWhatThePublicMaySee_withoutWhoOrWhy() {
		post("""
				mutation { updateBody(input: {id: "bd-drc", nameEn: "Development and Reform Commission", reason: "英文名"}) {
				  userErrors { code } } }""", Map.of());
		post("""
				mutation { fileObjection(input: {recordId: "rc-road-penalty", on: "2023-03-20", reason: "认定事实有误"}) {
				  userErrors { code } } }""", Map.of());

		var internal = withoutErrors(client(Role.INVESTIGATOR, "portal").post(FEED, Map.of()));
		var forPublic = withoutErrors(client(Role.PUBLIC, null).post(FEED, Map.of()));

		List<String> internalIds = internal.read("$.data.changes.changes[*].entityId");
		assertThat(internalIds).contains("bd-drc", "rc-road-penalty", "rc-road-penalty-e1", "rc-commendation");
		assertThat(internal.<List<String>>read("$.data.changes.changes[*].entry.actor")).contains(EDITOR);

		List<Map<String, Object>> changes = forPublic.read("$.data.changes.changes");
		assertThat(changes).extracting(change -> change.get("entityId")).contains("bd-drc", "pe-lin")
			.noneMatch(id -> id != null && id.toString().startsWith("rc-"));
		assertThat(changes).filteredOn(change -> "RELATIONSHIP".equals(change.get("target"))).isNotEmpty()
			.allSatisfy(change -> assertThat(List.of(change.get("startId"), change.get("endId")))
				.noneMatch(id -> id.toString().startsWith("rc-")));
		// the same entries read: the public's cursor goes as far as an investigator's
		assertThat(forPublic.<String>read("$.data.changes.cursor")).isEqualTo(internal.read("$.data.changes.cursor"));
		assertThat(changes).allSatisfy(change -> {
			@SuppressWarnings("unchecked")
			var entry = (Map<String, Object>) change.get("entry");
			assertThat(entry).containsEntry("actor", null).containsEntry("reason", null).containsEntry("requestId", null)
				.containsEntry("source", null).containsEntry("idempotencyKey", null).containsEntry("changeCount", null);
			assertThat(entry.get("operation")).isNotNull();
			// the entry's own changes are filtered alike
			@SuppressWarnings("unchecked")
			var ofEntry = (List<Map<String, Object>>) entry.get("changes");
			assertThat(ofEntry).extracting(other -> other.get("entityId"))
				.noneMatch(id -> id != null && id.toString().startsWith("rc-"));
		});
		// of every node, only the properties the model declares public
		assertThat(changes).filteredOn(change -> "NODE".equals(change.get("target"))).allSatisfy(change -> {
			var label = GraphModel.label((String) change.get("type")).orElseThrow();
			@SuppressWarnings("unchecked")
			var after = (Map<String, Object>) change.get("after");
			assertThat(after).containsEntry(GraphModel.ID, change.get("entityId"));
			assertThat(after.keySet()).filteredOn(name -> !GraphModel.ID.equals(name))
				.allSatisfy(name -> assertThat(label.property(name))
					.hasValueSatisfying(property -> assertThat(Visibility.isPublic(property)).isTrue()));
		});
		var renamed = changes.stream().filter(change -> "bd-drc".equals(change.get("entityId"))).toList().getLast();
		assertThat(renamed.get("changedProperties")).isEqualTo(List.of("nameEn"));
		assertThat(renamed).extracting("entry").extracting("operation").isEqualTo("updateBody");
	}

}
