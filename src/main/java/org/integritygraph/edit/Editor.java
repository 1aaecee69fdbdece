package org.integritygraph.edit;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.audit.EntryDraft;
import org.integritygraph.graph.Database;
import org.integritygraph.graph.Dates;
import org.integritygraph.security.Actor;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs every edit of the API the same way, in one write transaction: takes the audit trail's lock (so edits
 * never interleave and versions are checked against committed state), answers a retry with a known
 * idempotency key as the first time without applying it again, runs the edit, rolls back when it was refused
 * or changed what the editor's bodies do not answer for ({@link WriteScopeCheck}), and otherwise writes its
 * audit entry in the same transaction.
 */
@Component
class Editor {

	private final Driver driver;

	private final SessionConfig sessionConfig;

	private final TransactionConfig transactionConfig;

	private final AuditTrail trail;

	private final Dates dates;

	private final WriteScopeCheck scope;

	Editor(Driver driver, Database database, AuditTrail trail, Dates dates, WriteScopeCheck scope,
			@Value("${integrity.query-timeout:30s}") Duration timeout) {
		this.driver = driver;
		this.sessionConfig = database.writeSession(driver);
		this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
		this.trail = trail;
		this.dates = dates;
		this.scope = scope;
	}

	/**
	 * Runs an edit.
	 *
	 * @param writesFor the bodies the actor's changes are limited to, empty for no limit
	 */
	Outcome run(Actor actor, List<String> writesFor, Operation operation, Consumer<Edit> work) {
		try (var session = this.driver.session(this.sessionConfig)) {
			return session.executeWrite(tx -> {
				this.trail.lock(tx);
				var earlier = this.trail.entryWithKey(tx, operation.idempotencyKey());
				if (earlier.isPresent()) {
					if (!earlier.get().operation().equals(operation.name())) {
						return Outcome.rejected(List.of(UserError.of(UserErrorCode.IDEMPOTENCY_KEY_REUSED,
								"The idempotency key was used for %s (audit entry %d), not %s.".formatted(
										earlier.get().operation(), earlier.get().sequence(), operation.name()),
								"input", "idempotencyKey")));
					}
					return new Outcome(earlier.get().results(), List.of(), earlier.get().sequence(), true);
				}
				var edit = new Edit(tx, this.dates.today());
				if (operation.reasonRequired() && (operation.reason() == null || operation.reason().isBlank())) {
					edit.error(UserErrorCode.REQUIRED, "Say why (reason): the audit trail keeps it.", "input", "reason");
				}
				work.accept(edit);
				if (edit.failed()) {
					throw new EditRejected(edit.errors());
				}
				this.scope.check(tx, writesFor, edit.changes(), edit.today());
				var draft = new EntryDraft(actor, operation.name(), operation.reason(), operation.idempotencyKey(),
						edit.results());
				var appended = this.trail.append(tx, draft, edit.changes());
				return new Outcome(edit.results(), List.of(), appended.map(a -> a.sequence()).orElse(null), false);
			}, this.transactionConfig);
		}
		catch (EditRejected rejected) {
			return Outcome.rejected(rejected.errors());
		}
	}

}
