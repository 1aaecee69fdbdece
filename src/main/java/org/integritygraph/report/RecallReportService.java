package org.integritygraph.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.CommitmentEvent;
import org.integritygraph.model.entity.Contract;
import org.integritygraph.model.entity.Decision;
import org.integritygraph.model.entity.Document;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Link;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Phase;
import org.integritygraph.model.entity.Project;
import org.integritygraph.model.entity.RecordEvent;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Visibility;
import org.integritygraph.report.ReportProvenance.FactRef;
import org.integritygraph.report.ReportProvenance.ReportSource;
import org.integritygraph.trace.ActTrace;
import org.integritygraph.trace.ProjectAccountability;
import org.integritygraph.trace.ResponsibilityTrace;
import org.integritygraph.trace.TraceService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Builds the recall report (项目责任回溯报告) of a project as of a date. Who answered for what, then and now, is
 * the tracing feature's answer, taken as it is: {@link TraceService#projectAccountability} for the phases,
 * signatures and decisions, {@link TraceService#responsibilityTraceOfCommitment} for each overdue or broken
 * commitment. The report's own queries ({@code queries/report/}) read only what the traces do not: sources,
 * parties, status histories, records. Every read is a read-only query through {@link GraphReader}.
 */
@Service
public class RecallReportService {

	/** The order of a commitment's changes of status within one day: its lifecycle. */
	static final List<String> COMMITMENT_LIFECYCLE = List.of("PENDING", "OVERDUE", "FULFILLED", "BROKEN", "WAIVED");

	/** The order of a record's events within one day: its lifecycle. */
	static final List<String> RECORD_LIFECYCLE = List.of("RECORDED", "OBJECTION_FILED", "CORRECTED",
			"OBJECTION_UPHELD", "OBJECTION_REJECTED", "REPAIR_APPLIED", "REPAIRED", "EXEMPTED", "EXPIRED");

	private static final Comparator<Document> SOURCE_ORDER = Comparator
		.comparing(Document::issuedOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Document::id);

	private final GraphReader reader;

	private final NamedQueries queries;

	private final TraceService trace;

	private final Dates dates;

	private final Viewer viewer;

	@Autowired
	RecallReportService(GraphReader reader, NamedQueries queries, TraceService trace, Dates dates) {
		this(reader, queries, trace, dates, null);
	}

	private RecallReportService(GraphReader reader, NamedQueries queries, TraceService trace, Dates dates,
			Viewer viewer) {
		this.reader = reader;
		this.queries = queries;
		this.trace = trace;
		this.dates = dates;
		this.viewer = viewer;
	}

	/**
	 * The reports as {@code viewer} may see them: the disclosure rules inside every report query, restricted
	 * details (who filed an objection, why) left out for the public, the viewer's deadline. This service itself
	 * answers as the operator (everything).
	 */
	public RecallReportService as(Viewer viewer) {
		return new RecallReportService(this.reader, this.queries, this.trace, this.dates, viewer);
	}

	private Viewer viewer() {
		return (this.viewer != null) ? this.viewer : Viewer.internal(this.dates.today(), null);
	}

	/** The report of the project as of {@code at} (null: today); empty for an unknown project. */
	public Optional<RecallReport> report(String projectId, LocalDate at) {
		var today = this.dates.today();
		var asOf = (at != null) ? at : today;
		var params = Map.<String, Object>of("projectId", projectId, "at", asOf);
		var found = this.reader.one(viewer(), query("project"), params, row -> row);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var accountability = this.trace.as(viewer()).projectAccountability(projectId, asOf);
		if (accountability.isEmpty()) {
			return Optional.empty();
		}
		var row = found.get();
		var traced = accountability.get();
		var project = Entities.as(row.get("project"), Project.class);
		var phaseSources = new LinkedHashMap<String, List<Document>>();
		row.get("phases")
			.values()
			.forEach(entry -> phaseSources.put(entry.get("phase").get("id").asString(), documents(entry.get("sources"))));
		// The stored status is today's; for a past date the statuses are read from the histories up to it.
		var historical = asOf.isBefore(today);
		var decisions = this.reader.list(viewer(), query("decisions"), params, decision -> decision(decision, traced));
		var phases = traced.phases()
			.stream()
			.map(phase -> new ReportPhase(phase.phase(), phase.responsibilities(),
					decisions.stream().filter(d -> d.phase() != null && d.phase().id().equals(phase.phase().id())).toList(),
					phaseSources.getOrDefault(phase.phase().id(), List.of())))
			.toList();
		var contracts = this.reader.list(viewer(), query("contracts"), params, contract -> contract(contract, traced));
		var commitments = this.reader
			.list(viewer(), query("commitments"), params, commitment -> commitment(commitment, historical))
			.stream()
			.map(commitment -> withAccountability(commitment, asOf))
			.toList();
		var draft = new RecallReport(project, Entities.as(row.get("owner"), Body.class), documents(row.get("sources")),
				asOf, null, null, traced, phases, decisions, contracts, commitments, List.of(), null);
		var everything = viewer().seesEverything();
		var records = this.reader.list(viewer(), query("records"), Map.of("projectId", projectId, "at", asOf, "personIds",
				draft.responsiblePersons().stream().map(Person::id).toList()),
				record -> record(record, historical, everything));
		var facts = new RecallReport(project, draft.owner(), draft.sources(), asOf, statusOn(project, traced, historical),
				phaseOn(traced, asOf), traced, phases, decisions, contracts, commitments, records, null);
		return Optional.of(new RecallReport(facts.project(), facts.owner(), facts.sources(), asOf, facts.statusOn(),
				facts.phaseOn(), traced, phases, decisions, contracts, commitments, records, provenance(facts)));
	}

	/** The projects a body owns (实施机构), by id; empty for an unknown body. */
	public Optional<List<String>> projectIdsOfBody(String bodyId) {
		return this.reader.one(viewer(), query("projects_of_body"), Map.of("bodyId", bodyId),
				row -> row.get("projectIds").asList(Value::asString));
	}

	private String query(String name) {
		return this.queries.get("report/" + name);
	}

	/**
	 * The project's status on the date. The graph keeps no date for a change of a project's status, so for a
	 * past date it is read from the phases: planned before the first one began, completed when it is completed
	 * now and its last phase had ended by then, else under way.
	 */
	static String statusOn(Project project, ProjectAccountability traced, boolean historical) {
		if (!historical) {
			return project.status();
		}
		var phases = traced.phases();
		if (phases.isEmpty()) {
			return "PLANNED";
		}
		var last = phases.getLast().phase();
		return ("COMPLETED".equals(project.status()) && last.to() != null) ? "COMPLETED" : "ACTIVE";
	}

	/** The stage of the phase running on the date, else of the last phase begun by then (null: none). */
	static String phaseOn(ProjectAccountability traced, LocalDate at) {
		return traced.phases()
			.stream()
			.map(phase -> phase.phase())
			.filter(phase -> !phase.from().isAfter(at) && (phase.to() == null || at.isBefore(phase.to())))
			.reduce((first, second) -> second)
			.or(() -> traced.phases().stream().map(phase -> phase.phase()).reduce((first, second) -> second))
			.map(Phase::stage)
			.orElse(null);
	}

	private static ReportDecision decision(Record row, ProjectAccountability traced) {
		var decision = Entities.as(row.get("decision"), Decision.class);
		var decidedOn = decision.decidedOn();
		var phase = traced.phases()
			.stream()
			.map(p -> p.phase())
			.filter(p -> !decidedOn.isBefore(p.from()) && (p.to() == null || decidedOn.isBefore(p.to())))
			.findFirst()
			.orElse(null);
		var acts = traced.decisions()
			.stream()
			.filter(act -> act.decision() != null && act.decision().id().equals(decision.id()))
			.toList();
		return new ReportDecision(decision, bodiesFirst(entities(row.get("decidedBy"))), phase, acts,
				documents(row.get("sources")));
	}

	private static ReportContract contract(Record row, ProjectAccountability traced) {
		var contract = Entities.as(row.get("contract"), Contract.class);
		var parties = row.get("parties")
			.asList(party -> new Link("PARTY", contract, Entities.required(party.get("party").asNode()), true,
					Map.of("role", party.get("role").asString())))
			.stream()
			.sorted(Comparator.comparing((Link link) -> (link.other() instanceof Body) ? 0 : 1)
				.thenComparing(link -> (String) link.property("role"))
				.thenComparing(link -> link.other().id()))
			.toList();
		List<ActTrace> signatures = traced.signatures()
			.stream()
			.filter(act -> act.contract() != null && act.contract().id().equals(contract.id()))
			.toList();
		return new ReportContract(contract, parties, signatures, documents(row.get("sources")));
	}

	private static ReportCommitment commitment(Record row, boolean historical) {
		var commitment = Entities.as(row.get("commitment"), Commitment.class);
		var history = row.get("events")
			.asList(event -> Entities.as(event.asNode(), CommitmentEvent.class))
			.stream()
			.sorted(Comparator.comparing(CommitmentEvent::on)
				.thenComparing(event -> rank(COMMITMENT_LIFECYCLE, event.status()))
				.thenComparing(CommitmentEvent::id))
			.toList();
		var status = historical ? (history.isEmpty() ? "PENDING" : history.getLast().status()) : commitment.status();
		var signatureValue = row.get("signature");
		Link signature = null;
		if (!signatureValue.isNull()) {
			var properties = new LinkedHashMap<String, Object>();
			properties.put("on", Entities.value(signatureValue.get("on")));
			signature = new Link("SIGNED_BY", commitment, Entities.required(signatureValue.get("person").asNode()), true,
					properties);
		}
		return new ReportCommitment(commitment, status, Entities.as(row.get("maker"), Body.class), signature,
				Entities.as(row.get("contract"), Contract.class), entities(row.get("beneficiaries")), history, null,
				documents(row.get("sources")));
	}

	private ReportCommitment withAccountability(ReportCommitment c, LocalDate asOf) {
		if (!ReportCommitment.needsAccountability(c.statusOn())) {
			return c;
		}
		ResponsibilityTrace accountability = this.trace.as(viewer())
			.responsibilityTraceOfCommitment(c.commitment().id(), asOf)
			.orElse(null);
		return new ReportCommitment(c.commitment(), c.statusOn(), c.madeBy(), c.signature(), c.contract(),
				c.beneficiaries(), c.history(), accountability, c.sources());
	}

	/**
	 * A record of the report; {@code everything}: with the restricted details of its events (who, why), which
	 * the disclosure classes of the model hide from the public.
	 */
	private static ReportRecord record(Record row, boolean historical, boolean everything) {
		var record = Entities.as(row.get("record"), org.integritygraph.model.entity.Record.class);
		var events = row.get("events")
			.asList(event -> Entities.as(event.asNode(), RecordEvent.class))
			.stream()
			.map(event -> new RecordEvent(event.id(), event.kind(), event.on(),
					shown(GraphModel.RECORD_EVENT, "actor", event.actor(), everything),
					shown(GraphModel.RECORD_EVENT, "reason", event.reason(), everything), event.version()))
			.sorted(Comparator.comparing(RecordEvent::on)
				.thenComparing(event -> rank(RECORD_LIFECYCLE, event.kind()))
				.thenComparing(RecordEvent::id))
			.toList();
		var status = historical ? statusAfter(events) : record.status();
		return new ReportRecord(record, status, row.get("relation").asString(), entities(row.get("against")),
				Entities.as(row.get("issuer"), Body.class), entities(row.get("concerns")), events,
				documents(row.get("sources")));
	}

	/** A property's value, or null when its disclosure class hides it from a viewer who does not see everything. */
	private static String shown(Label label, String property, String value, boolean everything) {
		return (everything || label.property(property).map(Visibility::isPublic).orElse(false)) ? value : null;
	}

	/** A record's status after its events up to a date (RecordEventKind → RecordStatus). */
	static String statusAfter(List<RecordEvent> events) {
		var status = "RECORDED";
		for (var event : events) {
			status = switch (event.kind()) {
				case "OBJECTION_FILED" -> "OBJECTION_PENDING";
				case "OBJECTION_UPHELD" -> "REVOKED";
				case "REPAIRED" -> "REPAIRED";
				case "EXEMPTED" -> "EXEMPTED";
				case "EXPIRED" -> "EXPIRED";
				case "OBJECTION_REJECTED", "RECORDED" -> "RECORDED";
				default -> status; // CORRECTED, REPAIR_APPLIED leave the status as it was
			};
		}
		return status;
	}

	private ReportProvenance provenance(RecallReport facts) {
		var cited = new LinkedHashMap<Document, List<FactRef>>();
		var unsourced = new ArrayList<FactRef>();
		var project = facts.project();
		cite(cited, unsourced, new FactRef("PROJECT", project.id(), project.name()), facts.sources());
		facts.phases()
			.forEach(p -> cite(cited, unsourced, new FactRef("PHASE", p.phase().id(), p.phase().stage()), p.sources()));
		facts.decisions()
			.forEach(d -> cite(cited, unsourced,
					new FactRef("DECISION", d.decision().id(), label(d.decision().docNo(), d.decision().title())),
					d.sources()));
		facts.contracts()
			.forEach(k -> cite(cited, unsourced, new FactRef("CONTRACT", k.contract().id(), k.contract().title()),
					k.sources()));
		facts.commitments()
			.forEach(c -> cite(cited, unsourced, new FactRef("COMMITMENT", c.commitment().id(), c.commitment().title()),
					c.sources()));
		facts.records()
			.forEach(r -> cite(cited, unsourced,
					new FactRef("RECORD", r.record().id(), label(r.record().docNo(), r.record().title())), r.sources()));
		var sources = cited.entrySet()
			.stream()
			.map(entry -> new ReportSource(entry.getKey(), List.copyOf(entry.getValue())))
			.sorted(Comparator.comparing(ReportSource::document, SOURCE_ORDER))
			.toList();
		return new ReportProvenance(facts.at(), this.dates.now(), dataVersion(facts), sources, List.copyOf(unsourced));
	}

	private static String label(String docNo, String title) {
		return (docNo == null) ? title : docNo + " " + title;
	}

	private static void cite(Map<Document, List<FactRef>> cited, List<FactRef> unsourced, FactRef fact,
			List<Document> sources) {
		if (sources.isEmpty()) {
			unsourced.add(fact);
		}
		sources.forEach(source -> cited.computeIfAbsent(source, s -> new ArrayList<>()).add(fact));
	}

	/**
	 * The data version: a SHA-256 fingerprint of every fact of the report (the records' canonical text, in
	 * their fixed order; the traces without their drawings), without the generation time. The graph keeps no
	 * change timestamps, so a fingerprint is what tells whether two reports were made from the same facts.
	 */
	static String dataVersion(RecallReport facts) {
		var commitments = facts.commitments()
			.stream()
			.map(c -> List.of(c.commitment(), String.valueOf(c.statusOn()), String.valueOf(c.madeBy()),
					String.valueOf(c.signature()), String.valueOf(c.contract()), c.beneficiaries(), c.history(),
					(c.accountability() != null)
							? List.of(c.accountability().acts(), c.accountability().answerableToday()) : List.of(),
					c.sources()))
			.toList();
		var canonical = List.of(facts.project(), String.valueOf(facts.owner()), facts.sources(), facts.at(),
				String.valueOf(facts.statusOn()), String.valueOf(facts.phaseOn()), facts.phases(), facts.decisions(),
				facts.contracts(), commitments, facts.records())
			.toString();
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static List<Document> documents(Value list) {
		return list.asList(value -> Entities.as(value.asNode(), Document.class)).stream().sorted(SOURCE_ORDER).toList();
	}

	private static List<Entity> entities(Value list) {
		return list.asList(value -> Entities.required(value.asNode()));
	}

	/** Bodies before persons and companies, each by id. */
	private static List<Entity> bodiesFirst(List<Entity> entities) {
		return entities.stream()
			.sorted(Comparator.comparing((Entity entity) -> (entity instanceof Body) ? 0 : 1).thenComparing(Entity::id))
			.toList();
	}

	private static int rank(List<String> order, String value) {
		int index = order.indexOf(value);
		return (index < 0) ? order.size() : index;
	}

}
