package org.integritygraph.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integritygraph.audit.Change;
import org.integritygraph.graph.Database;
import org.integritygraph.model.LinkType.Side;
import org.integritygraph.model.WriteScope;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Holds an edit to the bodies an editor's token is limited to ({@link WriteScope}): every node the edit
 * changes, and for every relationship it changes the ends the relationship is written for, must belong to one
 * of those bodies (or a body under one of them) both before the edit (committed state, read in its own
 * read-only transaction) and after it (in the edit's transaction, before it commits). A node no body answers
 * for passes. A refusal is an {@link AccessDeniedException} (GraphQL {@code FORBIDDEN}) thrown inside the
 * edit's transaction, which then rolls back.
 */
@Component
class WriteScopeCheck {

	private static final String QUERY = WriteScope.query();

	private final Driver driver;

	private final SessionConfig readSession;

	WriteScopeCheck(Driver driver, Database database) {
		this.driver = driver;
		this.readSession = database.readSession(driver);
	}

	/**
	 * Checks the changes of an edit made in {@code tx} against the bodies the editor is limited to; nothing
	 * to check without a limit.
	 *
	 * @param bodies the ids of the bodies the editor writes for, empty for no limit
	 */
	void check(SimpleQueryRunner tx, List<String> bodies, List<Change> changes, LocalDate today) {
		if (bodies.isEmpty() || changes.isEmpty()) {
			return;
		}
		var ids = new LinkedHashSet<String>();
		for (var change : changes) {
			switch (change.target()) {
				case NODE -> ids.add(change.entityId());
				case RELATIONSHIP -> WriteScope.writtenFor(change.type())
					.forEach(side -> ids.add((side == Side.END) ? change.endId() : change.startId()));
			}
		}
		var parameters = Map.<String, Object>of(WriteScope.IDS, List.copyOf(ids), WriteScope.BODIES, bodies,
				WriteScope.TODAY, today);
		try (var session = this.driver.session(this.readSession)) {
			var before = session.executeRead(read -> outside(read, parameters));
			refuse(before, bodies, "before");
		}
		refuse(outside(tx, parameters), bodies, "after");
	}

	/** The nodes among {@code $ids} that some body answers for but none of the editor's: id → those bodies. */
	private static List<String> outside(SimpleQueryRunner runner, Map<String, Object> parameters) {
		var outside = new ArrayList<String>();
		runner.run(QUERY, parameters).forEachRemaining(row -> {
			var owners = row.get("owners").asList(value -> value.asString());
			if (!owners.isEmpty() && !row.get("within").asBoolean()) {
				outside.add(row.get("id").asString() + " (" + String.join(", ", Set.copyOf(owners).stream().sorted().toList())
						+ ")");
			}
		});
		return outside;
	}

	private static void refuse(List<String> outside, List<String> bodies, String when) {
		if (!outside.isEmpty()) {
			throw new AccessDeniedException("The token writes for %s and the bodies under them only; %s the edit, %s."
				.formatted(String.join(", ", bodies), when,
						String.join(", ", outside) + ((outside.size() == 1) ? " belongs" : " belong")
								+ " to other bodies"));
		}
	}

}
