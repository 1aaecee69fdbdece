package org.integritygraph.interchange.ocds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integritygraph.interchange.GraphLines;
import org.integritygraph.interchange.MappingReport;
import org.integritygraph.interchange.SourceJson;
import org.integritygraph.model.BodyKind;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Uscc;

/**
 * The organisations of one contracting process (or OC4IDS project): its {@code parties}, and in OCDS 1.0
 * the organisations written in full where they are referenced. An organisation with a government role
 * becomes a {@code Body}, any other a {@code Company}; it is declared as a node only when something refers
 * to it. Its id is its unified social credit code when an identifier (or additional identifier) of a credit
 * code scheme gives one, checked by GB 32100-2015; else {@code scheme-id} of its identifier; else the
 * party's id within the process. A credit code already in the graph names the node that has it.
 */
final class Organizations {

	/** OCDS and PPP party roles of the government side. */
	static final Set<String> GOVERNMENT_ROLES = Set.of("buyer", "procuringEntity", "publicAuthority",
			"administrativeEntity", "reviewBody", "grantor");

	/** Identifier schemes whose ids are unified social credit codes (统一社会信用代码). */
	static final Set<String> CREDIT_CODE_SCHEMES = Set.of("CN-USCC", "CN-USCI", "CN-SAIC", "CN-SAMR", "USCC", "USCI");

	/** A party of the source. */
	static final class Party {

		final String key;

		String name;

		final Set<String> roles = new LinkedHashSet<>();

		String uscc;

		String identifier;

		String nodeId;

		Label label;

		Party(String key) {
			this.key = key;
		}

		boolean government() {
			return this.roles.stream().anyMatch(GOVERNMENT_ROLES::contains);
		}

		boolean has(String role) {
			return this.roles.contains(role);
		}

		@Override
		public String toString() {
			return (this.name != null) ? "\"" + this.name + "\"" : this.key;
		}

	}

	private final String scope;

	private final String origin;

	private final GraphLines lines;

	private final MappingReport report;

	private final ExistingOrganizations existing;

	private final List<String> errors;

	private final Map<String, Party> parties = new LinkedHashMap<>();

	Organizations(String scope, String origin, GraphLines lines, MappingReport report, ExistingOrganizations existing,
			List<String> errors) {
		this.scope = scope;
		this.origin = origin;
		this.lines = lines;
		this.report = report;
		this.existing = existing;
		this.errors = errors;
	}

	/** Reads the {@code parties} array; a party id given twice is one party (names were checked before). */
	void addParties(List<SourceJson> parties) {
		for (var json : parties) {
			var id = json.text("id");
			var party = this.parties.computeIfAbsent((id != null) ? id : "#" + (this.parties.size() + 1), Party::new);
			read(party, json);
		}
	}

	/**
	 * The party an organisation reference ({@code {id, name}}) or, in OCDS 1.0, a full organisation names,
	 * with the role it is referenced in; null when the reference names nothing.
	 */
	Party reference(SourceJson ref, String role) {
		if (!ref.present()) {
			return null;
		}
		var id = ref.text("id");
		Party party;
		if (id != null) {
			party = this.parties.computeIfAbsent(id, Party::new);
			if (party.name == null || ref.get("identifier").present()) {
				read(party, ref);
			}
			ref.text("name");
		}
		else {
			var name = ref.text("name");
			var identifier = identifierKey(ref.get("identifier"));
			var key = (identifier != null) ? identifier : name;
			if (key == null) {
				return null;
			}
			party = this.parties.values()
				.stream()
				.filter(candidate -> key.equals(candidate.identifier) || key.equals(candidate.name))
				.findFirst()
				.orElseGet(() -> this.parties.computeIfAbsent("@" + key, Party::new));
			read(party, ref);
		}
		if (role != null) {
			party.roles.add(role);
		}
		return party;
	}

	/** The party with this id, if the process has one. */
	Party byId(String id) {
		return (id != null) ? this.parties.get(id) : null;
	}

	/** The parties with a role, in the order of the source. */
	List<Party> withRole(String role) {
		return this.parties.values().stream().filter(party -> party.has(role)).toList();
	}

	/** The first party that has one of the roles, in the order of the roles. */
	Party first(String... roles) {
		for (var role : roles) {
			var found = withRole(role);
			if (!found.isEmpty()) {
				return found.getFirst();
			}
		}
		return null;
	}

	/** Declares the party's node (once) and returns its id; null when the party cannot be one. */
	String node(Party party) {
		if (party == null) {
			return null;
		}
		if (party.nodeId != null) {
			return party.nodeId;
		}
		if (party.uscc != null) {
			var known = this.existing.byCreditCode(party.uscc);
			if (known != null) {
				party.nodeId = known.id();
				party.label = known.label();
				return party.nodeId;
			}
		}
		party.nodeId = (party.uscc != null) ? party.uscc
				: (party.identifier != null) ? party.identifier : this.scope + "/party/" + slug(party.key);
		party.label = party.government() ? GraphModel.BODY : GraphModel.COMPANY;
		var properties = new LinkedHashMap<String, Object>();
		properties.put("name", party.name);
		if (party.label == GraphModel.BODY) {
			properties.put("kind", BodyKind.DEPARTMENT.name());
			this.report.note("a body's kind is not in OCDS: DEPARTMENT is assumed for every government party");
		}
		properties.put("uscc", party.uscc);
		this.lines.node(party.label, party.nodeId, properties, this.origin + ", party " + party);
		return party.nodeId;
	}

	/** Notes the parties nothing referred to, which therefore became no node. */
	void noteUnused() {
		this.parties.values()
			.stream()
			.filter(party -> party.nodeId == null)
			.forEach(party -> this.report.note("party %s (%s) of %s has no role the model records; not imported"
				.formatted(party, String.join(", ", party.roles), this.scope)));
	}

	private void read(Party party, SourceJson json) {
		var name = json.text("name");
		var legalName = json.get("identifier").text("legalName");
		if (name != null) {
			party.name = name;
		}
		else if (party.name == null) {
			party.name = legalName;
		}
		party.roles.addAll(json.texts("roles"));
		var identifiers = new ArrayList<SourceJson>();
		identifiers.add(json.get("identifier"));
		identifiers.addAll(json.array("additionalIdentifiers"));
		for (var identifier : identifiers) {
			var key = identifierKey(identifier);
			if (key != null && party.identifier == null) {
				party.identifier = key;
			}
			creditCode(party, identifier);
		}
	}

	private void creditCode(Party party, SourceJson identifier) {
		var scheme = identifier.text("scheme");
		var id = identifier.text("id");
		if (scheme == null || id == null || !CREDIT_CODE_SCHEMES.contains(scheme.toUpperCase(Locale.ROOT))) {
			return;
		}
		var code = id.toUpperCase(Locale.ROOT).replace(" ", "");
		if (!Uscc.isValid(code)) {
			this.errors.add("%s, party %s: identifier %s \"%s\" is not a valid unified social credit code (GB 32100-2015)"
				.formatted(this.origin, party, scheme, id));
		}
		else if (party.uscc != null && !party.uscc.equals(code)) {
			this.errors.add("%s, party %s: two different credit codes, %s and %s".formatted(this.origin, party,
					party.uscc, code));
		}
		else {
			party.uscc = code;
		}
	}

	private static String identifierKey(SourceJson identifier) {
		var scheme = identifier.text("scheme");
		var id = identifier.text("id");
		return (scheme != null && id != null) ? scheme + "-" + id : null;
	}

	/** A party key fit for an id: spaces become hyphens. */
	private static String slug(String key) {
		return key.strip().replaceAll("\\s+", "-");
	}

}
