package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import org.integritygraph.graph.ChineseScript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * A parsed document with its resolved units as lines of the JSON Lines import format
 * (docs/import-format.md), so that the importer's validation applies and a second import of the
 * same document changes nothing. Every property the document decides is written, null when absent,
 * so that a corrected version also removes what it no longer says.
 */
final class DocumentLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern DOC_NO = Pattern.compile("^(.+?)\\((\\d{4})\\)(\\d+)号$");

	/** The task properties the importer owns (a user's {@code doneOn} is not among them). */
	static final List<String> TASK_PROPERTIES = List.of("number", "text", "title", "part", "section", "dueOn",
			"leadUnitNames", "cooperatingUnitNames", "responsibleUnitNames", "generalAssignees", "searchText");

	static final List<String> DOCUMENT_PROPERTIES = List.of("docNo", "title", "issuedOn", "text", "issuerName",
			"searchText");

	private final List<Map<String, Object>> lines = new ArrayList<>();

	private DocumentLines() {
	}

	/** The id of a document: from its 文号 where it has one (卫政办发〔2018〕175号 → doc-卫政办发-2018-175), else its title. */
	static String documentId(ParsedDocument document) {
		if (document.docNo() != null) {
			var docNo = UnitNames.normal(document.docNo());
			var matcher = DOC_NO.matcher(docNo);
			return "doc-" + (matcher.matches() ? matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3)
					: docNo.replaceAll("[()]", "-"));
		}
		return "doc-" + UnitNames.normal(document.title()).replaceAll("[\\p{P}\\p{S}]", "");
	}

	static String taskId(String documentId, String number) {
		return documentId + "/" + number;
	}

	/**
	 * The lines of a document.
	 *
	 * @param provisional bodies to create first, each part of its government (null for the government itself)
	 * @param review every unit of every task with its resolution
	 */
	static List<Map<String, Object>> of(String documentId, ParsedDocument document, Body issuer,
			Collection<ProvisionalBody> provisional, List<ReviewRow> review) {
		var out = new DocumentLines();
		out.meta(document);
		provisional.forEach(out::provisionalBody);
		out.document(documentId, document, issuer);
		for (var task : document.tasks()) {
			out.task(documentId, task, review.stream().filter(row -> row.task().equals(task.number())).toList());
		}
		return out.lines;
	}

	/** The lines as JSON Lines text. */
	static String toJsonl(List<Map<String, Object>> lines) {
		var text = new StringBuilder();
		lines.forEach(line -> text.append(JSON.writeValueAsString(line)).append('\n'));
		return text.toString();
	}

	private void meta(ParsedDocument document) {
		var meta = new LinkedHashMap<String, Object>();
		meta.put("format", "integrity-graph/1");
		meta.put("dataset", "policy document " + (document.docNo() != null ? document.docNo() : document.title()));
		this.lines.add(Map.of("meta", meta));
	}

	private void provisionalBody(ProvisionalBody body) {
		var line = line("node", "Body", "id", body.body().id());
		line.put("name", body.body().name());
		line.put("kind", body.body().kind());
		if (body.body().level() != null) {
			line.put("level", body.body().level());
		}
		line.put("provisional", true);
		this.lines.add(line);
		if (body.partOf() != null) {
			this.lines.add(line("rel", "PART_OF", "start", body.body().id(), "end", body.partOf()));
		}
	}

	private void document(String documentId, ParsedDocument document, Body issuer) {
		var line = line("node", "Document", "id", documentId);
		line.put("docNo", document.docNo());
		line.put("title", document.title());
		line.put("issuedOn", (document.issuedOn() != null) ? document.issuedOn().toString() : null);
		line.put("text", document.text());
		line.put("issuerName", document.issuerName());
		line.put("searchText", searchText(document.title(), document.text()));
		this.lines.add(line);
		if (issuer != null) {
			this.lines.add(line("rel", "ISSUED_BY", "start", documentId, "end", issuer.id()));
		}
	}

	private void task(String documentId, ParsedTask task, List<ReviewRow> rows) {
		var id = taskId(documentId, task.number());
		var line = line("node", "Task", "id", id);
		line.put("number", task.number());
		line.put("text", task.text());
		line.put("title", task.title());
		line.put("part", task.part());
		line.put("section", task.section());
		line.put("dueOn", (task.dueOn() != null) ? task.dueOn().toString() : null);
		for (var role : UnitRole.values()) {
			line.put(role.listProperty(), listOrNull(task.units()
				.stream()
				.filter(unit -> unit.role() == role)
				.map(UnitMention::asWritten)
				.toList()));
		}
		line.put("generalAssignees", listOrNull(task.units()
			.stream()
			.filter(UnitMention::general)
			.map(UnitMention::asWritten)
			.distinct()
			.toList()));
		line.put("searchText", searchText(task.text()));
		this.lines.add(line);
		this.lines.add(line("rel", "ASSIGNS", "start", documentId, "end", id));
		Set<String> linked = new LinkedHashSet<>();
		for (var row : rows) {
			var resolution = row.resolution();
			if (resolution.resolved() && linked.add(row.role() + "\t" + resolution.body().id())) {
				var rel = line("rel", row.role().relationshipType(), "start", id, "end", resolution.body().id());
				rel.put("asWritten", row.asWritten());
				rel.put("resolution", resolution.how().name());
				this.lines.add(rel);
			}
		}
	}

	/** The simplified-Chinese copy the search index reads, where it differs from the text. */
	static String searchText(String... texts) {
		return ChineseScript.searchCopy(java.util.Arrays.asList(texts));
	}

	private static List<String> listOrNull(List<String> values) {
		return values.isEmpty() ? null : values;
	}

	private static Map<String, Object> line(String kind, String label, String key, String value) {
		var line = new LinkedHashMap<String, Object>();
		line.put(kind, label);
		line.put(key, value);
		return line;
	}

	private static Map<String, Object> line(String kind, String type, String startKey, String start, String endKey,
			String end) {
		var line = line(kind, type, startKey, start);
		line.put(endKey, end);
		return line;
	}

	/** A body to create for an unresolved unit, with the body it is part of. */
	record ProvisionalBody(Body body, String partOf) {
	}

}
