package org.integritygraph.interchange.ocds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.integritygraph.interchange.GraphLines;
import org.integritygraph.interchange.MappingReport;
import org.integritygraph.interchange.SourceDates;
import org.integritygraph.interchange.SourceJson;
import org.integritygraph.interchange.ocds.OcdsFile.Process;
import org.integritygraph.interchange.ocds.OcdsFile.Stamp;
import org.integritygraph.interchange.ocds.Organizations.Party;
import org.integritygraph.model.CommitmentKind;
import org.integritygraph.model.CommitmentStatus;
import org.integritygraph.model.ContractKind;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.PartyRole;
import org.integritygraph.model.PhaseStage;
import org.integritygraph.model.ProjectKind;
import org.integritygraph.model.ProjectStatus;

/**
 * Maps one OCDS contracting process (its compiled release) onto the model; docs/interchange-ocds.md is the
 * mapping. The process becomes a {@code Project} (id: the ocid), its phases come from the dates of its
 * stages, its awards become {@code Decision}s, its contracts {@code Contract}s with their parties, and its
 * milestones (and, for PPPs, the risks the public authority retains) {@code Commitment}s.
 */
final class OcdsMapper {

	/** PPP party roles that make a process a PPP. */
	private static final Set<String> PPP_ROLES = Set.of("privateParty", "publicAuthority", "grantor", "equityInvestor",
			"leadBank");

	private final Process process;

	private final boolean pppExtension;

	private final GraphLines lines;

	private final MappingReport report;

	private final List<String> errors;

	private final SourceJson release;

	private final String ocid;

	private final Organizations organizations;

	private final Map<String, SourceJson> awards = new LinkedHashMap<>();

	private boolean ppp;

	OcdsMapper(Process process, boolean pppExtension, GraphLines lines, MappingReport report,
			ExistingOrganizations existing, List<String> errors) {
		this.process = process;
		this.pppExtension = pppExtension;
		this.lines = lines;
		this.report = report;
		this.errors = errors;
		this.release = SourceJson.root(process.compiled());
		this.ocid = process.ocid();
		this.organizations = new Organizations(this.ocid, process.origin(), lines, report,
				existing, errors);
	}

	/** Maps the process; returns the source fields it did not map. */
	Map<String, Integer> map() {
		this.release.text("ocid");
		readOrganizations();
		this.ppp = this.pppExtension
				|| PPP_ROLES.stream().anyMatch(role -> !this.organizations.withRole(role).isEmpty())
				|| this.release.array("contracts")
					.stream()
					.anyMatch(c -> c.get("riskAllocation").present() || c.get("financeSummary").present());
		var projectId = this.ocid;
		project(projectId);
		phases(projectId);
		this.release.array("awards").forEach(award -> decision(projectId, award));
		var contracts = this.release.array("contracts");
		for (int i = 0; i < contracts.size(); i++) {
			contract(projectId, contracts.get(i), i + 1);
		}
		var planning = this.release.get("planning");
		planning.array("milestones")
			.forEach(milestone -> commitment(milestone, this.ocid + "/planning", projectId, null, false));
		this.release.get("tender")
			.array("milestones")
			.forEach(milestone -> commitment(milestone, this.ocid + "/tender", projectId, null, false));
		this.organizations.noteUnused();
		var unmapped = new LinkedHashMap<String, Integer>();
		this.release.unmapped(unmapped);
		return unmapped;
	}

	private void readOrganizations() {
		this.organizations.addParties(this.release.array("parties"));
		this.organizations.reference(this.release.get("buyer"), "buyer");
		var tender = this.release.get("tender");
		this.organizations.reference(tender.get("procuringEntity"), "procuringEntity");
		tender.array("tenderers").forEach(tenderer -> this.organizations.reference(tenderer, "tenderer"));
		for (var award : this.release.array("awards")) {
			var id = award.text("id");
			if (id != null) {
				this.awards.put(id, award);
			}
			award.array("suppliers").forEach(supplier -> this.organizations.reference(supplier, "supplier"));
		}
	}

	private void project(String projectId) {
		var planning = this.release.get("planning");
		var project = planning.get("project");
		var tender = this.release.get("tender");
		var properties = new LinkedHashMap<String, Object>();
		properties.put("name", firstNonNull(project.text("title"), planning.get("budget").text("project"),
				tender.text("title"), this.release.array("contracts").stream().map(c -> c.text("title"))
					.filter(Objects::nonNull).findFirst().orElse(null), this.ocid));
		properties.put("kind", (this.ppp ? ProjectKind.PPP : ProjectKind.GOVERNMENT_INVESTMENT).name());
		properties.put("status", status().name());
		var value = project.get("totalValue");
		var budget = planning.get("budget").get("amount");
		if (value.present()) {
			properties.put("budget", value.number("amount"));
			properties.put("currency", value.text("currency"));
		}
		else if (budget.present()) {
			properties.put("budget", budget.number("amount"));
			properties.put("currency", budget.text("currency"));
		}
		properties.put("description", firstNonNull(project.text("description"), planning.text("rationale"),
				tender.text("description")));
		this.lines.node(GraphModel.PROJECT, projectId, properties, this.process.origin());
		var owner = this.organizations.first("publicAuthority", "grantor", "procuringEntity", "buyer");
		var ownerId = this.organizations.node(owner);
		if (ownerId != null && owner.label == GraphModel.BODY) {
			this.lines.relationship(GraphModel.OWNED_BY, projectId, ownerId, Map.of(), origin("project owner"));
		}
		else if (owner != null) {
			this.report.note("the owner of %s, %s, is not a body in the graph; OWNED_BY left out".formatted(this.ocid,
					owner));
		}
	}

	private ProjectStatus status() {
		var tags = this.process.history().stream().flatMap(stamp -> stamp.tags().stream()).toList();
		var contractStatuses = this.release.array("contracts").stream().map(c -> c.text("status"))
			.filter(Objects::nonNull).toList();
		var tenderStatus = this.release.get("tender").text("status");
		if (tags.contains("contractTermination")
				|| (!contractStatuses.isEmpty() && contractStatuses.stream().allMatch("terminated"::equals))) {
			return ProjectStatus.COMPLETED;
		}
		if (contractStatuses.isEmpty() && ("cancelled".equals(tenderStatus) || "unsuccessful".equals(tenderStatus)
				|| "withdrawn".equals(tenderStatus))) {
			return ProjectStatus.CANCELLED;
		}
		if (!contractStatuses.isEmpty() || !this.awards.isEmpty()) {
			return ProjectStatus.ACTIVE;
		}
		return ProjectStatus.PLANNED;
	}

	/**
	 * The phases from the dates the process reached each stage: preparation (立项 for a government
	 * investment) from the first planning release, procurement from the tender period (or the first tender
	 * release), execution (建设) from the first contract signature; each ends where the next begins.
	 */
	private void phases(String projectId) {
		var planning = earliest(tagged("planning", "planningUpdate"));
		var tender = this.release.get("tender");
		var tendering = firstNonNull(SourceDates.parse(tender.get("tenderPeriod").text("startDate")),
				earliest(tagged("tender", "tenderUpdate", "tenderAmendment")));
		var signed = earliest(Stream.concat(
				this.release.array("contracts").stream().map(c -> SourceDates.parse(c.text("dateSigned"))),
				tagged("contract").stream()).toList());
		var ended = earliest(tagged("contractTermination"));
		if (planning == null && this.release.get("planning").present()) {
			this.report.note(this.ocid + ": planning without a dated planning release; no preparation phase");
		}
		var stages = new ArrayList<Object[]>();
		if (this.ppp) {
			stages.add(new Object[] { PhaseStage.PREPARATION, planning });
			stages.add(new Object[] { PhaseStage.PROCUREMENT, tendering });
			stages.add(new Object[] { PhaseStage.EXECUTION, signed });
		}
		else {
			stages.add(new Object[] { PhaseStage.APPROVAL, planning });
			stages.add(new Object[] { PhaseStage.CONSTRUCTION, signed });
		}
		stages.removeIf(stage -> stage[1] == null);
		PhaseStage current = null;
		for (int i = 0; i < stages.size(); i++) {
			var stage = (PhaseStage) stages.get(i)[0];
			var from = (LocalDate) stages.get(i)[1];
			var to = (i + 1 < stages.size()) ? (LocalDate) stages.get(i + 1)[1] : ended;
			if (to != null && !to.isAfter(from)) {
				this.report.note("%s: the %s phase would end (%s) before it begins (%s); left open".formatted(this.ocid,
						stage, to, from));
				to = null;
			}
			var phaseId = projectId + "/phase/" + stage;
			var properties = new LinkedHashMap<String, Object>();
			properties.put("stage", stage.name());
			properties.put("from", from);
			properties.put("to", to);
			this.lines.node(GraphModel.PHASE, phaseId, properties, origin(stage + " phase"));
			this.lines.relationship(GraphModel.HAS_PHASE, projectId, phaseId, Map.of(), origin(stage + " phase"));
			current = stage;
		}
		if (current != null) {
			this.lines.node(GraphModel.PROJECT, projectId, Map.of("phase", current.name()), origin("project"));
		}
	}

	private List<LocalDate> tagged(String... tags) {
		var wanted = Set.of(tags);
		return this.process.history()
			.stream()
			.filter(stamp -> stamp.tags().stream().anyMatch(wanted::contains))
			.map(Stamp::date)
			.map(SourceDates::parse)
			.toList();
	}

	private static LocalDate earliest(List<LocalDate> dates) {
		return dates.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
	}

	/** An award is the decision to award (定标): by the procuring entity, on the award date. */
	private void decision(String projectId, SourceJson award) {
		var id = award.text("id");
		var status = award.text("status");
		if ("cancelled".equals(status) || "unsuccessful".equals(status)) {
			this.report.note("%s: award %s is %s; no decision recorded".formatted(this.ocid, id, status));
			return;
		}
		var date = award.text("date");
		if (id == null || date == null) {
			this.report.note("%s: an award without %s; no decision recorded".formatted(this.ocid,
					(id == null) ? "id" : "date"));
			return;
		}
		var decisionId = this.ocid + "/award/" + id;
		var properties = new LinkedHashMap<String, Object>();
		properties.put("title", firstNonNull(award.text("title"), "Award " + id + " of " + this.ocid));
		properties.put("decidedOn", SourceDates.date(date));
		properties.put("summary", award.text("description"));
		this.lines.node(GraphModel.DECISION, decisionId, properties, origin("award " + id));
		this.lines.relationship(GraphModel.ON, decisionId, projectId, Map.of(), origin("award " + id));
		var decider = this.organizations.first("procuringEntity", "buyer", "publicAuthority");
		var deciderId = this.organizations.node(decider);
		if (deciderId != null && decider.label == GraphModel.BODY) {
			this.lines.relationship(GraphModel.DECIDED_BY, decisionId, deciderId, Map.of(), origin("award " + id));
		}
	}

	private void contract(String projectId, SourceJson contract, int index) {
		var cid = firstNonNull(contract.text("id"), "#" + index);
		var contractId = this.ocid + "/contract/" + cid;
		var where = "contract " + cid;
		var award = this.awards.get(contract.text("awardID"));
		var properties = new LinkedHashMap<String, Object>();
		properties.put("title", firstNonNull(contract.text("title"), (award != null) ? award.text("title") : null,
				"Contract " + cid + " of " + this.ocid));
		properties.put("kind", contractKind().name());
		var value = contract.get("value");
		properties.put("value", value.number("amount"));
		properties.put("currency", value.text("currency"));
		properties.put("signedOn", SourceDates.date(contract.text("dateSigned")));
		properties.put("validFrom", SourceDates.date(contract.get("period").text("startDate")));
		properties.put("validTo", SourceDates.date(contract.get("period").text("endDate")));
		this.lines.node(GraphModel.CONTRACT, contractId, properties, origin(where));
		this.lines.relationship(GraphModel.FOR, contractId, projectId, Map.of(), origin(where));
		var suppliers = new ArrayList<Party>();
		if (award != null) {
			award.array("suppliers").forEach(ref -> suppliers.add(this.organizations.reference(ref, null)));
		}
		var government = governmentSide();
		parties(contractId, where, government, suppliers);
		for (var signatory : contract.array("signatories")) {
			var party = this.organizations.reference(signatory, null);
			if (party != null && party.nodeId == null) {
				this.report.note("%s: signatory %s (%s) has no party role the model records".formatted(this.ocid,
						party, String.join(", ", party.roles)));
			}
		}
		var privateSide = suppliers.isEmpty() ? this.organizations.withRole("privateParty") : suppliers;
		contract.array("milestones")
			.forEach(milestone -> commitment(milestone, contractId, null, contractId, true, government, privateSide));
		contract.get("implementation")
			.array("milestones")
			.forEach(milestone -> commitment(milestone, contractId + "/implementation", null, contractId, true,
					government, privateSide));
		risks(contractId, contract, government);
	}

	private ContractKind contractKind() {
		if (this.ppp) {
			return ContractKind.PPP;
		}
		var category = this.release.get("tender").text("mainProcurementCategory");
		return "works".equals(category) ? ContractKind.CONSTRUCTION : ContractKind.PROCUREMENT;
	}

	/** The party answering for the government side: the public authority, else procuring entity, else buyer. */
	private Party governmentSide() {
		return this.organizations.first("publicAuthority", "grantor", "procuringEntity", "buyer");
	}

	private void parties(String contractId, String where, Party government, List<Party> suppliers) {
		if (this.ppp) {
			party(contractId, where, government, PartyRole.GRANTOR);
			this.organizations.withRole("buyer")
				.stream()
				.filter(buyer -> buyer != government)
				.forEach(buyer -> party(contractId, where, buyer, PartyRole.BUYER));
			var privateParties = new ArrayList<>(this.organizations.withRole("privateParty"));
			suppliers.stream().filter(s -> !privateParties.contains(s)).forEach(privateParties::add);
			privateParties.forEach(party -> party(contractId, where, party, PartyRole.PRIVATE_PARTY));
			this.organizations.withRole("equityInvestor").forEach(party -> party(contractId, where, party,
					PartyRole.INVESTOR));
			Stream.concat(this.organizations.withRole("leadBank").stream(),
					this.organizations.withRole("lender").stream())
				.forEach(party -> party(contractId, where, party, PartyRole.LENDER));
		}
		else {
			party(contractId, where, firstNonNull(this.organizations.first("buyer"), government), PartyRole.BUYER);
			var role = (contractKind() == ContractKind.CONSTRUCTION) ? PartyRole.CONTRACTOR : PartyRole.SUPPLIER;
			suppliers.forEach(party -> party(contractId, where, party, role));
		}
	}

	private void party(String contractId, String where, Party party, PartyRole role) {
		var id = this.organizations.node(party);
		if (id != null) {
			this.lines.relationship(GraphModel.PARTY, contractId, id, Map.of("role", role.name()),
					origin(where + ", party " + party));
		}
	}

	private void commitment(SourceJson milestone, String scope, String projectId, String contractId,
			boolean contractual) {
		var government = governmentSide();
		commitment(milestone, scope, projectId, contractId, contractual, government, List.of());
	}

	/**
	 * A milestone is a commitment. Payments, and the milestones of planning and tender, are the government's
	 * ({@code MADE} by the government side); other contract milestones are obligations of the private party,
	 * which the model records {@code TO} the government side, without a {@code MADE}.
	 */
	private void commitment(SourceJson milestone, String scope, String projectId, String contractId,
			boolean contractual, Party government, List<Party> privateSide) {
		var id = milestone.text("id");
		if (id == null) {
			this.report.note(scope + ": a milestone without id; not imported");
			return;
		}
		var commitmentId = scope + "/milestone/" + id;
		var where = commitmentId.substring(this.ocid.length() + 1).replace('/', ' ');
		var type = milestone.text("type");
		var payment = "payment".equals(type);
		var kind = payment ? CommitmentKind.PAYMENT
				: contractual ? CommitmentKind.CONTRACT_OBLIGATION : CommitmentKind.SERVICE;
		var status = milestoneStatus(milestone.text("status"));
		var properties = new LinkedHashMap<String, Object>();
		properties.put("title", firstNonNull(milestone.text("title"), milestone.get("description").json().asString(null),
				"Milestone " + id));
		properties.put("text", milestone.text("description"));
		properties.put("kind", kind.name());
		properties.put("status", status.name());
		properties.put("dueOn", SourceDates.date(milestone.text("dueDate")));
		var value = milestone.get("value");
		properties.put("amount", value.number("amount"));
		properties.put("currency", value.text("currency"));
		this.lines.node(GraphModel.COMMITMENT, commitmentId, properties, origin(where));
		if (contractId != null) {
			this.lines.relationship(GraphModel.UNDER, commitmentId, contractId, Map.of(), origin(where));
		}
		if (projectId != null) {
			this.lines.relationship(GraphModel.FOR, commitmentId, projectId, Map.of(), origin(where));
		}
		var governments = !contractual || payment;
		var governmentId = this.organizations.node(government);
		if (governments) {
			if (governmentId != null && government.label == GraphModel.BODY) {
				this.lines.relationship(GraphModel.MADE, governmentId, commitmentId, Map.of(), origin(where));
			}
			if (payment) {
				privateSide.forEach(party -> to(commitmentId, this.organizations.node(party), where));
			}
		}
		else {
			to(commitmentId, governmentId, where);
		}
		var met = milestone.text("dateMet");
		if (status == CommitmentStatus.FULFILLED && met != null) {
			var eventId = commitmentId + "/met";
			this.lines.node(GraphModel.COMMITMENT_EVENT, eventId,
					Map.of("status", CommitmentStatus.FULFILLED.name(), "on", SourceDates.date(met)), origin(where));
			this.lines.relationship(GraphModel.HAS_EVENT, commitmentId, eventId, Map.of(), origin(where));
		}
	}

	private void to(String commitmentId, String partyId, String where) {
		if (partyId != null) {
			this.lines.relationship(GraphModel.TO, commitmentId, partyId, Map.of(), origin(where));
		}
	}

	static CommitmentStatus milestoneStatus(String status) {
		if (status == null) {
			return CommitmentStatus.PENDING;
		}
		return switch (status) {
			case "met" -> CommitmentStatus.FULFILLED;
			case "notMet", "partiallyMet" -> CommitmentStatus.OVERDUE;
			default -> CommitmentStatus.PENDING;
		};
	}

	/**
	 * A risk the public authority retains (PPP risk allocation {@code publicAuthority} or {@code shared}) is a
	 * contingent obligation of the government (政府承担的风险): a commitment made by the government side under
	 * the contract. Risks of the private party are not the government's and are counted only.
	 */
	private void risks(String contractId, SourceJson contract, Party government) {
		int privateRisks = 0;
		for (var risk : contract.array("riskAllocation")) {
			var allocation = risk.get("allocation").json().asString("");
			if (!allocation.equals("publicAuthority") && !allocation.equals("shared")) {
				privateRisks++;
				continue;
			}
			risk.text("allocation");
			var id = risk.text("id");
			var commitmentId = contractId + "/risk/" + id;
			var where = "contract risk " + id;
			var category = risk.text("category");
			var properties = new LinkedHashMap<String, Object>();
			properties.put("title", "Risk retained by the public authority" + (allocation.equals("shared") ? " (shared)" : "")
					+ ((category != null) ? ": " + category : ""));
			properties.put("text", Stream.of(risk.text("description"), risk.text("notes"))
				.filter(Objects::nonNull)
				.reduce((a, b) -> a + " " + b)
				.orElse(null));
			properties.put("kind", CommitmentKind.CONTRACT_OBLIGATION.name());
			properties.put("status", CommitmentStatus.PENDING.name());
			this.lines.node(GraphModel.COMMITMENT, commitmentId, properties, origin(where));
			this.lines.relationship(GraphModel.UNDER, commitmentId, contractId, Map.of(), origin(where));
			var governmentId = this.organizations.node(government);
			if (governmentId != null && government.label == GraphModel.BODY) {
				this.lines.relationship(GraphModel.MADE, governmentId, commitmentId, Map.of(), origin(where));
			}
		}
		if (privateRisks > 0) {
			this.report.note("%s: %d risk(s) allocated to the private party (not commitments of the government)"
				.formatted(contractId, privateRisks));
		}
	}

	private String origin(String what) {
		return this.process.origin() + ", " + what;
	}

	@SafeVarargs
	static <T> T firstNonNull(T... values) {
		for (var value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}

}
