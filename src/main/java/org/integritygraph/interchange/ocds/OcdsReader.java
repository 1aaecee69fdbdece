package org.integritygraph.interchange.ocds;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integritygraph.interchange.SourceJson;
import org.integritygraph.interchange.ocds.OcdsFile.Process;
import org.integritygraph.interchange.ocds.OcdsFile.Stamp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads OCDS release packages, record packages, single releases and records, and OC4IDS project packages
 * and projects: one JSON document, or JSON Lines with one of these per line. Releases of the same
 * {@code ocid} anywhere in the file are compiled into one process; versions other than OCDS 1.0 and 1.1
 * (and OC4IDS 0.9) are rejected.
 */
final class OcdsReader {

	static final Set<String> OCDS_VERSIONS = Set.of("1.0", "1.1");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OcdsFile file = new OcdsFile();

	/** Releases by ocid, in file order, with where each was. */
	private final Map<String, List<Located>> releases = new LinkedHashMap<>();

	private record Located(JsonNode json, String origin) {
	}

	private OcdsReader() {
	}

	static OcdsFile read(InputStream in) {
		var reader = new OcdsReader();
		reader.readAll(in);
		reader.compileReleases();
		return reader.file;
	}

	private void readAll(InputStream in) {
		int value = 0;
		try (var values = JSON.readerFor(JsonNode.class).<JsonNode>readValues(in)) {
			while (values.hasNextValue()) {
				var json = values.nextValue();
				value++;
				var location = values.currentLocation();
				document(json, "document " + value + " (ending on line " + location.getLineNr() + ")");
			}
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			this.file.errors.add("malformed JSON%s: %s".formatted(
					(location != null) ? " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr())
							: "",
					ex.getOriginalMessage()));
		}
		if (value == 0 && this.file.errors.isEmpty()) {
			this.file.errors.add("the file holds no JSON");
		}
	}

	private void document(JsonNode json, String origin) {
		if (!json.isObject()) {
			this.file.errors.add(origin + ": expected a JSON object, not " + json.getNodeType().name().toLowerCase());
		}
		else if (json.has("ocid")) {
			if (json.has("compiledRelease") || json.has("releases")) {
				record(json, origin);
			}
			else {
				release(json, origin);
			}
		}
		else if (json.has("releases")) {
			releasePackage(json, origin);
		}
		else if (json.has("records")) {
			recordPackage(json, origin);
		}
		else if (json.has("projects")) {
			projectPackage(json, origin);
		}
		else if (json.has("id") && (json.has("contractingProcesses") || json.has("publicAuthority")
				|| json.has("identificationPeriod") || json.has("parties"))) {
			this.file.projects.add(new OcdsFile.Project(json, origin));
		}
		else {
			this.file.errors.add(origin
					+ ": neither an OCDS release, record, release package or record package, nor an OC4IDS project");
		}
	}

	private void releasePackage(JsonNode json, String origin) {
		var metadata = packageMetadata(json, origin, "releases");
		if (metadata != null) {
			var index = 0;
			for (var release : json.get("releases").values()) {
				release(release, origin + ", release " + (++index));
			}
			prefixed(metadata, "package.");
		}
	}

	private void recordPackage(JsonNode json, String origin) {
		var metadata = packageMetadata(json, origin, "records");
		if (metadata != null) {
			var index = 0;
			for (var record : json.get("records").values()) {
				record(record, origin + ", record " + (++index));
			}
			prefixed(metadata, "package.");
		}
	}

	private void projectPackage(JsonNode json, String origin) {
		var metadata = SourceJson.root(json);
		var version = metadata.text("version");
		metadata.get("projects").use();
		if (version != null && !version.startsWith("0.9")) {
			this.file.errors.add("%s: unsupported OC4IDS version \"%s\" (supported: 0.9)".formatted(origin, version));
			return;
		}
		var index = 0;
		for (var project : json.get("projects").values()) {
			this.file.projects.add(new OcdsFile.Project(project, origin + ", project " + (++index)));
		}
		prefixed(metadata, "package.");
	}

	/** Checks a package's version and notes its extensions; null when the package is rejected. */
	private SourceJson packageMetadata(JsonNode json, String origin, String content) {
		var metadata = SourceJson.root(json);
		var version = metadata.text("version");
		if (version == null) {
			this.file.notes.add("a package without \"version\" is read as OCDS 1.0");
		}
		else if (!OCDS_VERSIONS.contains(version)) {
			this.file.errors.add("%s: unsupported OCDS version \"%s\" (supported: 1.0, 1.1)".formatted(origin, version));
			return null;
		}
		if (!json.get(content).isArray()) {
			this.file.errors.add("%s: \"%s\" must be an array".formatted(origin, content));
			return null;
		}
		metadata.get(content).use();
		for (var extension : metadata.texts("extensions")) {
			if (extension.contains("ppp") || extension.contains("public-private-partnerships")) {
				this.file.pppExtension = true;
			}
		}
		return metadata;
	}

	private void release(JsonNode json, String origin) {
		var ocid = json.isObject() ? json.path("ocid").asString("").strip() : "";
		if (ocid.isEmpty()) {
			this.file.errors.add(origin + ": a release without \"ocid\"");
			return;
		}
		var origins = this.releases.computeIfAbsent(ocid, key -> new ArrayList<>());
		var id = json.path("id").asString(null);
		for (var earlier : origins) {
			if (id != null && id.equals(earlier.json().path("id").asString(null))) {
				if (!earlier.json().equals(json)) {
					this.file.errors.add("%s: release \"%s\" of %s appears twice with different content (also %s)"
						.formatted(origin, id, ocid, earlier.origin()));
				}
				else {
					this.file.notes.add("release \"%s\" of %s appears twice; read once".formatted(id, ocid));
				}
				return;
			}
		}
		origins.add(new Located(json, origin));
	}

	private void record(JsonNode json, String origin) {
		var record = SourceJson.root(json);
		var ocid = record.text("ocid");
		if (ocid == null) {
			this.file.errors.add(origin + ": a record without \"ocid\"");
			return;
		}
		var stamps = new ArrayList<Stamp>();
		var full = new ArrayList<JsonNode>();
		for (var release : record.array("releases")) {
			var date = release.text("date");
			stamps.add(new Stamp(date, release.texts("tag")));
			if (release.json().has("ocid") || release.json().has("parties") || release.json().has("contracts")
					|| release.json().has("tender")) {
				release.use();
				full.add(release.json());
			}
		}
		var compiled = record.get("compiledRelease");
		ObjectNode state;
		if (compiled.json().isObject()) {
			compiled.use();
			state = (ObjectNode) compiled.json().deepCopy();
		}
		else if (!full.isEmpty()) {
			state = ReleaseMerger.compile(full);
		}
		else {
			this.file.errors.add(origin + ": record " + ocid
					+ " has neither a compiledRelease nor embedded releases (only linked ones) to compile");
			return;
		}
		state.put("ocid", ocid);
		checkParties(state, ocid, origin);
		this.file.processes.add(new Process(ocid, state, stamps, "ocid " + ocid));
		prefixed(record, "record.");
	}

	private void compileReleases() {
		this.releases.forEach((ocid, located) -> {
			var jsons = new ArrayList<JsonNode>();
			var stamps = new ArrayList<Stamp>();
			for (var release : located) {
				if (!checkParties(release.json(), ocid, release.origin())) {
					return;
				}
				jsons.add(release.json());
				var tags = new ArrayList<String>();
				release.json().path("tag").values().forEach(tag -> tags.add(tag.asString()));
				stamps.add(new Stamp(release.json().path("date").asString(null), tags));
			}
			this.file.processes.add(new Process(ocid, ReleaseMerger.compile(jsons), stamps, "ocid " + ocid));
		});
	}

	/**
	 * Parties with the same id in one release are the same party written twice (merged later) unless their
	 * names differ, which rejects the file: the references to that id would be ambiguous.
	 */
	private boolean checkParties(JsonNode release, String ocid, String origin) {
		var names = new LinkedHashMap<String, String>();
		for (var party : release.path("parties").values()) {
			var id = party.path("id").asString(null);
			if (id == null) {
				continue;
			}
			var name = party.path("name").asString("").strip();
			var earlier = names.putIfAbsent(id, name);
			if (earlier != null) {
				if (!earlier.isEmpty() && !name.isEmpty() && !earlier.equalsIgnoreCase(name)) {
					this.file.errors.add("%s: party id \"%s\" of %s is used for two different parties (\"%s\" and \"%s\")"
						.formatted(origin, id, ocid, earlier, name));
					return false;
				}
				this.file.notes.add("party id \"%s\" of %s appears twice in one release; merged".formatted(id, ocid));
			}
		}
		return true;
	}

	private void prefixed(SourceJson json, String prefix) {
		var counts = new LinkedHashMap<String, Integer>();
		json.unmapped(counts);
		counts.forEach((path, count) -> this.file.unmapped.merge(prefix + path, count, Integer::sum));
	}

}
