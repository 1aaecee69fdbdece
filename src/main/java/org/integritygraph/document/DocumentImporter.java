package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integritygraph.ingest.JsonlImporter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Imports a policy document: parses it, resolves its units within the issuing government's
 * jurisdiction, writes it as JSON Lines through the {@link JsonlImporter} (so the model's
 * validation applies and a second import changes nothing), then removes what a corrected version
 * no longer says (a unit dropped from a task, a task dropped from the document) and reports what
 * changed.
 */
@Component
class DocumentImporter {

	/** Links of a document's tasks that the new version no longer has. */
	private static final String REMOVE_LINKS = """
			UNWIND $links AS link
			MATCH (:Document {id: $document})-[:ASSIGNS]->(t:Task {id: link.task})-[r]->(b:Body {id: link.body})
			WHERE type(r) = link.type
			DELETE r""";

	private static final String REMOVE_TASKS = """
			UNWIND $tasks AS id
			MATCH (:Document {id: $document})-[:ASSIGNS]->(t:Task {id: id})
			DETACH DELETE t""";

	private static final String REMOVE_ISSUER = """
			MATCH (:Document {id: $document})-[r:ISSUED_BY]->(b:Body {id: $issuer}) DELETE r""";

	private final JsonlImporter importer;

	private final JurisdictionReader bodies;

	private final DocumentSnapshots snapshots;

	private final Driver driver;

	private final SessionConfig sessionConfig;

	DocumentImporter(JsonlImporter importer, JurisdictionReader bodies, DocumentSnapshots snapshots, Driver driver,
			DataNeo4jProperties dataNeo4jProperties) {
		this.importer = importer;
		this.bodies = bodies;
		this.snapshots = snapshots;
		this.driver = driver;
		this.sessionConfig = StringUtils.hasText(dataNeo4jProperties.getDatabase())
				? SessionConfig.forDatabase(dataNeo4jProperties.getDatabase()) : SessionConfig.defaultConfig();
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
		var result = write(source, lines);
		var changes = new DocumentChanges(before.isEmpty(), List.of());
		if (result.succeeded()) {
			before.ifPresent(old -> removeWhatIsGone(documentId, old, after));
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
		return new Body("bd-" + name, name, null, kind, level, null, null, null, null, true);
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

	private org.integritygraph.ingest.ImportResult write(String source, List<Map<String, Object>> lines) {
		var jsonl = DocumentLines.toJsonl(lines).getBytes(StandardCharsets.UTF_8);
		try (var in = new ByteArrayInputStream(jsonl)) {
			return this.importer.importFrom(in, source, JsonlImporter.WHOLE_FILE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void removeWhatIsGone(String documentId, DocumentSnapshots.Snapshot before,
			DocumentSnapshots.Snapshot after) {
		var goneTasks = before.tasks().keySet().stream().filter(id -> !after.tasks().containsKey(id)).toList();
		var goneLinks = new ArrayList<Map<String, Object>>();
		before.tasks().forEach((id, task) -> {
			if (after.tasks().containsKey(id)) {
				task.links()
					.keySet()
					.stream()
					.filter(link -> !after.tasks().get(id).links().containsKey(link))
					.forEach(link -> goneLinks.add(Map.of("task", id, "type", link.type(), "body", link.body())));
			}
		});
		try (var session = this.driver.session(this.sessionConfig)) {
			session.executeWriteWithoutResult(tx -> {
				tx.run(REMOVE_LINKS, Map.of("document", documentId, "links", goneLinks)).consume();
				tx.run(REMOVE_TASKS, Map.of("document", documentId, "tasks", goneTasks)).consume();
				if (before.issuerId() != null && !before.issuerId().equals(after.issuerId())) {
					tx.run(REMOVE_ISSUER, Map.of("document", documentId, "issuer", before.issuerId())).consume();
				}
			});
		}
	}

}
