package org.integritygraph.interchange.ocds;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.integritygraph.interchange.GraphLines;
import org.integritygraph.interchange.MappingReport;
import org.integritygraph.interchange.SourceDates;
import org.integritygraph.interchange.SourceJson;
import org.integritygraph.interchange.ocds.Organizations.Party;
import org.integritygraph.model.CommitmentKind;
import org.integritygraph.model.ContractKind;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.PartyRole;
import org.integritygraph.model.PhaseStage;
import org.integritygraph.model.ProjectKind;
import org.integritygraph.model.ProjectStatus;

import static org.integritygraph.interchange.ocds.OcdsMapper.firstNonNull;

/**
 * Maps one OC4IDS project onto the model (docs/interchange-ocds.md): the project with its phases (from the
 * periods of its stages), its public authority as owner, its contracting processes as contracts with their
 * procuring entity and suppliers, and its milestones and those of its processes as commitments.
 */
final class Oc4idsMapper {

	/** OC4IDS stage periods and the phase each is, for a government investment and for a PPP. */
	private static final List<String[]> PERIODS = List.of(
			new String[] { "identificationPeriod", "APPROVAL", "IDENTIFICATION" },
			new String[] { "preparationPeriod", "APPROVAL", "PREPARATION" },
			new String[] { "implementationPeriod", "CONSTRUCTION", "EXECUTION" },
			new String[] { "completionPeriod", "ACCEPTANCE", "EXECUTION" },
			new String[] { "maintenancePeriod", "OPERATION", "EXECUTION" },
			new String[] { "decommissioningPeriod", null, "TRANSFER" });

	private final OcdsFile.Project source;

	private final GraphLines lines;

	private final MappingReport report;

	private final SourceJson project;

	private final String projectId;

	private final Organizations organizations;

	private boolean ppp;

	Oc4idsMapper(OcdsFile.Project source, String projectId, GraphLines lines, MappingReport report,
			ExistingOrganizations existing, List<String> errors) {
		this.source = source;
		this.lines = lines;
		this.report = report;
		this.project = SourceJson.root(source.json());
		this.projectId = projectId;
		this.organizations = new Organizations(projectId, "project " + projectId, lines, report,
				existing, errors);
	}

	Map<String, Integer> map() {
		this.project.text("id");
		this.organizations.addParties(this.project.array("parties"));
		this.organizations.reference(this.project.get("publicAuthority"), "publicAuthority");
		for (var process : this.project.array("contractingProcesses")) {
			var tender = process.get("summary").get("tender");
			this.organizations.reference(tender.get("procuringEntity"), "procuringEntity");
			process.get("summary").array("suppliers").forEach(s -> this.organizations.reference(s, "supplier"));
		}
		this.ppp = !this.organizations.withRole("privateParty").isEmpty();
		project();
		phases();
		this.project.array("contractingProcesses").forEach(this::contract);
		var owner = owner();
		this.project.array("milestones")
			.forEach(milestone -> commitment(milestone, this.projectId, null, owner, List.of()));
		this.organizations.noteUnused();
		var people = this.project.array("parties").stream().mapToInt(party -> party.array("people").size()).sum();
		if (people > 0) {
			this.report.note(this.projectId + ": %d contact person(s) of parties, without the dates of a tenure; not imported"
				.formatted(people));
		}
		var unmapped = new LinkedHashMap<String, Integer>();
		this.project.unmapped(unmapped);
		return unmapped;
	}

	private void project() {
		var properties = new LinkedHashMap<String, Object>();
		properties.put("name", firstNonNull(this.project.text("title"), this.projectId));
		properties.put("kind", (this.ppp ? ProjectKind.PPP : ProjectKind.GOVERNMENT_INVESTMENT).name());
		properties.put("status", status(this.project.text("status")).name());
		var budget = this.project.get("budget").get("amount");
		properties.put("budget", budget.number("amount"));
		properties.put("currency", budget.text("currency"));
		properties.put("startedOn", SourceDates.date(this.project.get("implementationPeriod").text("startDate")));
		properties.put("description", this.project.text("description"));
		this.lines.node(GraphModel.PROJECT, this.projectId, properties, origin("project"));
		var owner = owner();
		var ownerId = this.organizations.node(owner);
		if (ownerId != null && owner.label == GraphModel.BODY) {
			this.lines.relationship(GraphModel.OWNED_BY, this.projectId, ownerId, Map.of(), origin("public authority"));
		}
	}

	private Party owner() {
		return this.organizations.first("publicAuthority", "procuringEntity", "buyer");
	}

	static ProjectStatus status(String status) {
		if (status == null) {
			return ProjectStatus.PLANNED;
		}
		return switch (status) {
			case "implementation" -> ProjectStatus.ACTIVE;
			case "completion", "maintenance", "decommissioning" -> ProjectStatus.COMPLETED;
			case "cancelled" -> ProjectStatus.CANCELLED;
			default -> ProjectStatus.PLANNED;
		};
	}

	/**
	 * One phase per stage period; two periods that are one stage of the model (identification and
	 * preparation are 立项) make one phase over both. OC4IDS end dates are inclusive, the model's intervals
	 * closed-open: a phase ends the day after its period's end date.
	 */
	private void phases() {
		var phases = new LinkedHashMap<String, LocalDate[]>();
		for (var period : PERIODS) {
			var json = this.project.get(period[0]);
			if (!json.present()) {
				continue;
			}
			var stage = this.ppp ? period[2] : period[1];
			var from = SourceDates.parse(json.text("startDate"));
			var end = SourceDates.parse(json.text("endDate"));
			json.text("durationInDays");
			if (stage == null || from == null) {
				this.report.note("%s: %s has no %s; no phase".formatted(this.projectId, period[0],
						(stage == null) ? "stage in the model" : "start date"));
				continue;
			}
			var to = (end != null) ? end.plusDays(1) : null;
			phases.merge(stage, new LocalDate[] { from, to }, (a, b) -> new LocalDate[] { min(a[0], b[0]),
					(a[1] == null || b[1] == null) ? null : max(a[1], b[1]) });
		}
		var current = phaseOf(this.project.get("status").json().asString(null));
		phases.forEach((stage, dates) -> {
			var phaseId = this.projectId + "/phase/" + stage;
			var properties = new LinkedHashMap<String, Object>();
			properties.put("stage", stage);
			properties.put("from", dates[0]);
			properties.put("to", dates[1]);
			this.lines.node(GraphModel.PHASE, phaseId, properties, origin(stage + " phase"));
			this.lines.relationship(GraphModel.HAS_PHASE, this.projectId, phaseId, Map.of(), origin(stage + " phase"));
		});
		if (current != null) {
			this.lines.node(GraphModel.PROJECT, this.projectId, Map.of("phase", current.name()), origin("project"));
		}
	}

	private PhaseStage phaseOf(String status) {
		if (status == null) {
			return null;
		}
		for (var period : PERIODS) {
			if (period[0].equals(status + "Period")) {
				var stage = this.ppp ? period[2] : period[1];
				return (stage != null) ? PhaseStage.valueOf(stage) : null;
			}
		}
		return null;
	}

	private void contract(SourceJson process) {
		var ocid = firstNonNull(process.text("id"), process.get("summary").text("ocid"));
		if (ocid == null) {
			this.report.note(this.projectId + ": a contracting process without id; not imported");
			return;
		}
		process.get("summary").text("ocid");
		var summary = process.get("summary");
		var contractId = ocid + "/contract";
		var where = "contracting process " + ocid;
		var construction = summary.texts("nature").contains("construction");
		var properties = new LinkedHashMap<String, Object>();
		properties.put("title", firstNonNull(summary.text("title"), "Contract of " + ocid));
		properties.put("kind", (this.ppp ? ContractKind.PPP
				: construction ? ContractKind.CONSTRUCTION : ContractKind.PROCUREMENT).name());
		var value = summary.get("contractValue");
		properties.put("value", value.number("amount"));
		properties.put("currency", value.text("currency"));
		properties.put("validFrom", SourceDates.date(summary.get("contractPeriod").text("startDate")));
		properties.put("validTo", SourceDates.date(summary.get("contractPeriod").text("endDate")));
		this.lines.node(GraphModel.CONTRACT, contractId, properties, origin(where));
		this.lines.relationship(GraphModel.FOR, contractId, this.projectId, Map.of(), origin(where));
		var buyer = this.organizations.reference(summary.get("tender").get("procuringEntity"), "procuringEntity");
		var buyerId = this.organizations.node(buyer);
		if (buyerId != null) {
			this.lines.relationship(GraphModel.PARTY, contractId, buyerId,
					Map.of("role", (this.ppp ? PartyRole.GRANTOR : PartyRole.BUYER).name()), origin(where));
		}
		var suppliers = summary.array("suppliers").stream().map(s -> this.organizations.reference(s, null))
			.filter(Objects::nonNull).toList();
		var role = this.ppp ? PartyRole.PRIVATE_PARTY : construction ? PartyRole.CONTRACTOR : PartyRole.SUPPLIER;
		for (var supplier : suppliers) {
			var id = this.organizations.node(supplier);
			if (id != null) {
				this.lines.relationship(GraphModel.PARTY, contractId, id, Map.of("role", role.name()),
						origin(where + ", supplier " + supplier));
			}
		}
		var government = (buyer != null) ? buyer : owner();
		summary.array("milestones")
			.forEach(milestone -> commitment(milestone, contractId, contractId, government, suppliers));
	}

	/**
	 * A project or contract milestone is a commitment. A payment milestone is the government's, made to the
	 * suppliers; other milestones of a contract are the suppliers' obligations to the government.
	 */
	private void commitment(SourceJson milestone, String scope, String contractId, Party government,
			List<Party> suppliers) {
		var id = milestone.text("id");
		if (id == null) {
			this.report.note(scope + ": a milestone without id; not imported");
			return;
		}
		var commitmentId = scope + "/milestone/" + id;
		var where = "milestone " + commitmentId;
		var payment = "payment".equals(milestone.text("type"));
		var status = OcdsMapper.milestoneStatus(milestone.text("status"));
		var properties = new LinkedHashMap<String, Object>();
		properties.put("title", firstNonNull(milestone.text("title"), "Milestone " + id));
		properties.put("text", milestone.text("description"));
		properties.put("kind", (payment ? CommitmentKind.PAYMENT
				: (contractId != null) ? CommitmentKind.CONTRACT_OBLIGATION : CommitmentKind.SERVICE).name());
		properties.put("status", status.name());
		properties.put("dueOn", SourceDates.date(milestone.text("dueDate")));
		var value = milestone.get("value");
		properties.put("amount", value.number("amount"));
		properties.put("currency", value.text("currency"));
		this.lines.node(GraphModel.COMMITMENT, commitmentId, properties, origin(where));
		if (contractId != null) {
			this.lines.relationship(GraphModel.UNDER, commitmentId, contractId, Map.of(), origin(where));
		}
		else {
			this.lines.relationship(GraphModel.FOR, commitmentId, this.projectId, Map.of(), origin(where));
		}
		var governmentId = this.organizations.node(government);
		if (payment || contractId == null) {
			if (governmentId != null && government.label == GraphModel.BODY) {
				this.lines.relationship(GraphModel.MADE, governmentId, commitmentId, Map.of(), origin(where));
			}
			if (payment) {
				suppliers.forEach(supplier -> to(commitmentId, this.organizations.node(supplier), where));
			}
		}
		else {
			to(commitmentId, governmentId, where);
		}
		var met = milestone.text("dateMet");
		if (status == org.integritygraph.model.CommitmentStatus.FULFILLED && met != null) {
			var eventId = commitmentId + "/met";
			this.lines.node(GraphModel.COMMITMENT_EVENT, eventId,
					Map.of("status", status.name(), "on", SourceDates.date(met)), origin(where));
			this.lines.relationship(GraphModel.HAS_EVENT, commitmentId, eventId, Map.of(), origin(where));
		}
	}

	private void to(String commitmentId, String partyId, String where) {
		if (partyId != null) {
			this.lines.relationship(GraphModel.TO, commitmentId, partyId, Map.of(), origin(where));
		}
	}

	private String origin(String what) {
		return "project " + this.projectId + ", " + what;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
