package org.integritygraph.interchange.ocds;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integritygraph.graph.GraphReader;
import org.integritygraph.interchange.Conversion;
import org.integritygraph.interchange.GraphLines;
import org.integritygraph.interchange.MappingReport;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Uscc;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Converts an OCDS or OC4IDS file into import lines (docs/interchange-ocds.md). Organisations whose credit
 * code is already in the graph are linked to the node that has it instead of being declared again.
 */
@Component
public class OcdsConverter {

	private static final String FIND_BY_CREDIT_CODE = """
			MATCH (n:Body) WHERE n.uscc IN $codes RETURN n.uscc AS code, n.id AS id, 'Body' AS label
			UNION
			MATCH (n:Company) WHERE n.uscc IN $codes RETURN n.uscc AS code, n.id AS id, 'Company' AS label
			UNION
			MATCH (n:Company) WHERE n.id IN $codes RETURN n.id AS code, n.id AS id, 'Company' AS label
			""";

	private final GraphReader reader;

	public OcdsConverter(GraphReader reader) {
		this.reader = reader;
	}

	/** Reads the whole stream, which stays open. */
	public Conversion convert(InputStream in, String dataset) {
		var file = OcdsReader.read(in);
		if (!file.errors.isEmpty()) {
			return Conversion.rejected(dataset, "OCDS", file.errors);
		}
		if (file.processes.isEmpty() && file.projects.isEmpty()) {
			return Conversion.rejected(dataset, "OCDS", List.of("the file holds no contracting process and no project"));
		}
		var report = new MappingReport(file.projects.isEmpty() ? "OCDS" : file.processes.isEmpty() ? "OC4IDS"
				: "OCDS and OC4IDS");
		var lines = new GraphLines();
		var errors = new ArrayList<String>();
		file.notes.forEach(report::note);
		var existing = existing(file);
		for (var process : file.processes) {
			var unmapped = new OcdsMapper(process, file.pppExtension, lines, report, existing, errors).map();
			unmapped.forEach((field, count) -> report.unmapped("release." + field, count));
		}
		var projectIds = new HashSet<String>();
		for (var project : file.projects) {
			var id = project.json().path("id").asString("").strip();
			if (id.isEmpty()) {
				errors.add(project.origin() + ": a project without \"id\"");
			}
			else if (!projectIds.add(id)) {
				errors.add(project.origin() + ": project id \"" + id + "\" appears twice");
			}
			else {
				var unmapped = new Oc4idsMapper(project, id, lines, report, existing, errors).map();
				unmapped.forEach((field, count) -> report.unmapped("project." + field, count));
			}
		}
		file.unmapped.forEach(report::unmapped);
		return new Conversion(dataset, lines, report, errors);
	}

	private ExistingOrganizations existing(OcdsFile file) {
		var codes = new HashSet<String>();
		file.processes.forEach(process -> creditCodes(process.compiled(), codes));
		file.projects.forEach(project -> creditCodes(project.json(), codes));
		if (codes.isEmpty()) {
			return ExistingOrganizations.NONE;
		}
		Map<String, ExistingOrganizations.Known> known = new HashMap<>();
		this.reader.list(FIND_BY_CREDIT_CODE, Map.of("codes", List.copyOf(codes)), row -> {
			var label = GraphModel.label(row.get("label").asString()).orElseThrow();
			return known.putIfAbsent(row.get("code").asString(),
					new ExistingOrganizations.Known(row.get("id").asString(), label));
		});
		return known::get;
	}

	/** The valid credit codes of identifiers of a credit code scheme anywhere in the JSON. */
	private static void creditCodes(JsonNode json, Set<String> codes) {
		if (json.isObject()) {
			var scheme = json.path("scheme").asString("").toUpperCase(Locale.ROOT);
			var id = json.path("id").asString("").toUpperCase(Locale.ROOT).replace(" ", "");
			if (Organizations.CREDIT_CODE_SCHEMES.contains(scheme) && Uscc.isValid(id)) {
				codes.add(id);
			}
		}
		if (json.isContainer()) {
			json.values().forEach(child -> creditCodes(child, codes));
		}
	}

}
