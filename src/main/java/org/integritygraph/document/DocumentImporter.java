package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integritygraph.audit.Change;
import org.integritygraph.graph.Dates;
import org.integritygraph.ingest.FollowUp;
import org.integritygraph.ingest.JsonlImporter;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.security.Actor;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/**
 * Imports a policy document: parses it, resolves its units within the issuing government's
 * jurisdiction, writes it as JSON Lines through the {@link JsonlImporter} (so the model's
 * validation applies and a second import changes nothing) and, in the same transaction and audit
 * entry, withdraws what a corrected version no longer says (a unit dropped from a task, a task dropped
 * from the document: never deleted, see {@link Withdrawal}), then reports what changed. The audit trail
 * names the {@code documents import} command and the file.
 */
@Component
class DocumentImporter {

	/** Who imports, as the audit trail names it. */
	static final String COMMAND = "documents import";

	/** Tasks of the document that the new version no longer has, withdrawn; or back in it, reinstated. */
	private static final String WITHDRAW_TASKS = """
			UNWIND $tasks AS id
			MATCH (:Document {id: $document})-[:ASSIGNS]->(t:Task {id: id})
			WHERE t.withdrawnOn IS NULL
			WITH t, properties(t) AS before
			SET t.withdrawnOn = $on, t.version = coalesce(t.version, 0) + 1
			RETURN t.id AS id, before, properties(t) AS after""";

	private static final String REINSTATE_TASKS = """
			UNWIND $tasks AS id
			MATCH (:Document {id: $document})-[:ASSIGNS]->(t:Task {id: id})
			WHERE t.withdrawnOn IS NOT NULL
			WITH t, properties(t) AS before
			REMOVE t.withdrawnOn
			SET t.version = coalesce(t.version, 0) + 1
			RETURN t.id AS id, before, properties(t) AS after""";

	/** Links of the document's tasks to bodies that the new version no longer has; or has again. */
	private static final String WITHDRAW_LINKS = """
			UNWIND $links AS link
			MATCH (:Document {id: $document})-[:ASSIGNS]->(t:Task {id: link.task})-[r]->(b:Body {id: link.body})
			WHERE type(r) = link.type AND r.withdrawnOn IS NULL
			WITH t, r, b, properties(r) AS before
			SET r.withdrawnOn = $on, r.version = coalesce(r.version, 0) + 1
			RETURN type(r) AS type, t.id AS start, b.id AS end, before, properties(r) AS after""";

	private static final String REINSTATE_LINKS = """
			UNWIND $links AS link
			MATCH (:Document {id: $document})-[:ASSIGNS]->(t:Task {id: link.task})-[r]->(b:Body {id: link.body})
			WHERE type(r) = link.type AND r.withdrawnOn IS NOT NULL
			WITH t, r, b, properties(r) AS before
			REMOVE r.withdrawnOn
			SET r.version = coalesce(r.version, 0) + 1
			RETURN type(r) AS type, t.id AS start, b.id AS end, before, properties(r) AS after""";

	/** The issuer link of the document to a body other than the new version's issuer. */
	private static final String WITHDRAW_ISSUER = """
			MATCH (d:Document {id: $document})-[r:ISSUED_BY]->(b:Body)
			WHERE r.withdrawnOn IS NULL AND ($issuer IS NULL OR b.id <> $issuer)
			WITH d, r, b, properties(r) AS before
			SET r.withdrawnOn = $on, r.version = coalesce(r.version, 0) + 1
			RETURN type(r) AS type, d.id AS start, b.id AS end, before, properties(r) AS after""";

	private static final String REINSTATE_ISSUER = """
			MATCH (d:Document {id: $document})-[r:ISSUED_BY]->(b:Body {id: $issuer})
			WHERE r.withdrawnOn IS NOT NULL
			WITH d, r, b, properties(r) AS before
			REMOVE r.withdrawnOn
			SET r.version = coalesce(r.version, 0) + 1
			RETURN type(r) AS type, d.id AS start, b.id AS end, before, properties(r) AS after""";

	private final JsonlImporter importer;

	private final JurisdictionReader bodies;

	private final DocumentSnapshots snapshots;

	private final Dates dates;

	DocumentImporter(JsonlImporter importer, JurisdictionReader bodies, DocumentSnapshots snapshots, Dates dates) {
		this.importer = importer;
		this.bodies = bodies;
		this.snapshots = snapshots;
		this.dates = dates;
	}

	/**
	 * What to do with a document.
	 *
	 * @param issuerId the issuing body (for the jurisdiction), or null to find it by the name the document gives
	 * @param aliases the alias table
	 * @param createProvisional whether to create a provisional body for each unit that resolves to none
	 * @param dryRun whether to write nothing (the review table only)
	 */
	record Options(String issuerId, UnitAliases aliases, boolean createProvisional, boolean dryRun) {
	}

	/** Imports one document given as the content of a file named {@code source}. */
	DocumentImport importDocument(String source, String content, Options options) {
		var document = PolicyDocumentParser.parse(SourceFormat.of(source, content).toText(content));
		if (document.title() == null) {
			throw new IllegalArgumentException(source + ": no title found; is it a policy document?");
		}
		var documentId = DocumentLines.documentId(document);
		var provisional = new LinkedHashMap<String, DocumentLines.ProvisionalBody>();
		var issuer = issuer(document, options);
		var government = issuer.flatMap(body -> this.bodies.governmentOf(body.id()))
			.or(() -> governmentByName(document));
		var place = government.map(Body::name).or(() -> Optional.ofNullable(document.issuerName()))
			.map(UnitNames::placeOf)
			.orElse(null);
		if (government.isEmpty() && place != null && options.createProvisional()) {
			var created = provisionalBody(place + "人民政府", "GOVERNMENT", Jurisdiction.levelOfPlace(place));
			provisional.put(created.id(), new DocumentLines.ProvisionalBody(created, null));
			government = Optional.of(created);
		}
		var jurisdiction = this.bodies.jurisdiction(government.orElse(null), place);
		if (issuer.isEmpty() && options.createProvisional() && document.issuerName() != null) {
			issuer = Optional.of(provisionalIssuer(document.issuerName(), jurisdiction, provisional));
		}
		var review = review(document, jurisdiction, options, provisional);
		var lines = DocumentLines.of(documentId, document, issuer.orElse(null), provisional.values(), review);
		if (options.dryRun()) {
			return new DocumentImport(source, documentId, document, issuer.orElse(null), jurisdiction, review,
					new DocumentChanges(false, List.of()), null);
		}
		var before = this.snapshots.read(documentId);
		var after = DocumentSnapshots.Snapshot.of(lines, documentId);
		var result = write(source, lines, new Withdrawal(documentId, before.orElse(null), after, source,
				this.dates.today()));
		var changes = new DocumentChanges(before.isEmpty(), List.of());
		if (result.succeeded()) {
			changes = before.map(old -> new DocumentChanges(false, DocumentSnapshots.changes(old, after)))
				.orElse(new DocumentChanges(true, List.of()));
		}
		return new DocumentImport(source, documentId, document, issuer.orElse(null), jurisdiction, review, changes,
				result);
	}

	private Optional<Body> issuer(ParsedDocument document, Options options) {
		if (options.issuerId() != null) {
			return Optional.of(this.bodies.body(options.issuerId())
				.orElseThrow(() -> new IllegalArgumentException("No body with id " + options.issuerId())));
		}
		if (document.issuerName() == null) {
			return Optional.empty();
		}
		var named = this.bodies.bodiesNamed(document.issuerName());
		return (named.size() == 1) ? Optional.of(named.getFirst()) : Optional.empty();
	}

	private Optional<Body> governmentByName(ParsedDocument document) {
		return Optional.ofNullable(document.issuerName())
			.map(UnitNames::placeOf)
			.flatMap(place -> this.bodies.bodiesNamed(place + "人民政府")
				.stream()
				.filter(body -> "GOVERNMENT".equals(body.kind()))
				.findFirst());
	}

	private Body provisionalIssuer(String issuerName, Jurisdiction jurisdiction,
			Map<String, DocumentLines.ProvisionalBody> provisional) {
		var name = UnitNames.normal(issuerName);
		var government = jurisdiction.government();
		if (government != null && UnitNames.normal(government.name()).equals(name)) {
			return government;
		}
		var created = provisionalBody(name, kindOf(name), jurisdiction.level());
		provisional.put(created.id(), new DocumentLines.ProvisionalBody(created,
				(government != null) ? government.id() : null));
		return created;
	}

	/** Resolves every unit of every task; creates provisional bodies for the unresolved when asked to. */
	private List<ReviewRow> review(ParsedDocument document, Jurisdiction jurisdiction, Options options,
			Map<String, DocumentLines.ProvisionalBody> provisional) {
		var resolver = new UnitResolver(options.aliases());
		var resolved = new LinkedHashMap<String, Resolution>();
		var rows = new ArrayList<ReviewRow>();
		for (var task : document.tasks()) {
			for (var unit : task.units()) {
				var resolution = resolved.computeIfAbsent(unit.asWritten(), asWritten -> {
					var found = resolver.resolve(asWritten, jurisdiction, document.issuedOn());
					if (found.how() == Resolution.How.UNRESOLVED && options.createProvisional()) {
						return Resolution.of(Resolution.How.PROVISIONAL,
								provisionalUnit(resolver.provisionalName(asWritten, jurisdiction), jurisdiction,
										provisional));
					}
					return found;
				});
				rows.add(new ReviewRow(task.number(), unit.role(), unit.asWritten(), resolution));
			}
		}
		return rows;
	}

	private static Body provisionalUnit(String name, Jurisdiction jurisdiction,
			Map<String, DocumentLines.ProvisionalBody> provisional) {
		var body = provisionalBody(name, kindOf(name), jurisdiction.level());
		var government = jurisdiction.government();
		provisional.putIfAbsent(body.id(),
				new DocumentLines.ProvisionalBody(body, (government != null) ? government.id() : null));
		return provisional.get(body.id()).body();
	}

	private static Body provisionalBody(String name, String kind, String level) {
		return new Body("bd-" + name, name, null, kind, level, null, null, null, null, true, 0);
	}

	/** A provisional body's kind, guessed from its name; the review corrects it. */
	static String kindOf(String name) {
		if (name.endsWith("人民政府")) {
			return "GOVERNMENT";
		}
		if (name.endsWith("法院")) {
			return "COURT";
		}
		if (name.matches(".*(纪委|监委|监察委|纪律检查委员会|监察委员会)$")) {
			return "SUPERVISORY";
		}
		if (name.matches("^(中共)?.+?[省市区县]委.+")) {
			return "PARTY_ORGAN";
		}
		if (name.matches(".*(管委会|管理委员会)$")) {
			return "COMMITTEE";
		}
		if (name.endsWith("街道办事处") || name.endsWith("街道")) {
			return "SUBDISTRICT";
		}
		if (name.matches(".*(中心|支行|分行|站|所|院|馆)$")) {
			return "PUBLIC_INSTITUTION";
		}
		return "DEPARTMENT";
	}

	/** Writes the lines in one transaction with the withdrawal, audited as the {@code documents} command's. */
	private org.integritygraph.ingest.ImportResult write(String source, List<Map<String, Object>> lines,
			Withdrawal withdrawal) {
		var jsonl = DocumentLines.toJsonl(lines).getBytes(StandardCharsets.UTF_8);
		try (var in = new ByteArrayInputStream(jsonl)) {
			return this.importer.importFrom(in, source, Actor.of(Actor.Channel.COMMAND, COMMAND, source), withdrawal);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a new version no longer says, withdrawn in the transaction of its import (nothing is deleted): the
	 * tasks it dropped (with their links), the links to bodies it dropped from a task, the issuer it replaced;
	 * each gets {@code withdrawnOn} (the day of the import) and the audit entry says why. What it says again
	 * after an earlier version dropped it is reinstated.
	 */
	private record Withdrawal(String documentId, DocumentSnapshots.Snapshot before, DocumentSnapshots.Snapshot after,
			String source, LocalDate on) implements FollowUp {

		@Override
		public List<Change> apply(TransactionContext tx) {
			var goneTasks = new ArrayList<String>();
			var goneLinks = new ArrayList<Map<String, Object>>();
			if (this.before != null) {
				this.before.tasks().forEach((id, task) -> {
					var kept = this.after.tasks().get(id);
					if (kept == null) {
						goneTasks.add(id);
					}
					task.links()
						.keySet()
						.stream()
						.filter(link -> kept == null || !kept.links().containsKey(link))
						.forEach(link -> goneLinks.add(link(id, link)));
				});
			}
			var presentLinks = new ArrayList<Map<String, Object>>();
			this.after.tasks().forEach((id, task) -> task.links().keySet().forEach(link -> presentLinks.add(link(id, link))));
			var parameters = new HashMap<String, Object>();
			parameters.put("document", this.documentId);
			parameters.put("on", this.on);
			parameters.put("issuer", this.after.issuerId());
			parameters.put("tasks", List.copyOf(this.after.tasks().keySet()));
			parameters.put("links", presentLinks);
			var changes = new ArrayList<Change>();
			nodes(tx.run(REINSTATE_TASKS, parameters), changes);
			relationships(tx.run(REINSTATE_LINKS, parameters), changes);
			if (this.after.issuerId() != null) {
				relationships(tx.run(REINSTATE_ISSUER, parameters), changes);
			}
			parameters.put("tasks", goneTasks);
			parameters.put("links", goneLinks);
			relationships(tx.run(WITHDRAW_LINKS, parameters), changes);
			nodes(tx.run(WITHDRAW_TASKS, parameters), changes);
			if (this.before != null && this.before.issuerId() != null
					&& !this.before.issuerId().equals(this.after.issuerId())) {
				relationships(tx.run(WITHDRAW_ISSUER, parameters), changes);
			}
			return changes;
		}

		@Override
		public String reason() {
			return "a new version of the document (%s, imported %s) withdraws what it no longer says and reinstates what it says again"
				.formatted(this.source, this.on);
		}

		private static Map<String, Object> link(String task, DocumentSnapshots.Link link) {
			return Map.of("task", task, "type", link.type(), "body", link.body());
		}

		private static void nodes(Result rows, List<Change> changes) {
			rows.forEachRemaining(row -> changes.add(Change.nodeUpdated(GraphModel.TASK.name(),
					row.get("id").asString(), properties(row.get("before")), properties(row.get("after")))));
		}

		private static void relationships(Result rows, List<Change> changes) {
			rows.forEachRemaining(row -> changes.add(Change.relationshipUpdated(row.get("type").asString(),
					row.get("start").asString(), row.get("end").asString(), properties(row.get("before")),
					properties(row.get("after")))));
		}

		private static Map<String, Object> properties(Value map) {
			return new LinkedHashMap<>(map.asMap(Entities::value));
		}

	}

}
