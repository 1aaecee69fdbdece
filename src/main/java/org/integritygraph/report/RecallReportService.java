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
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Visibility;
import org.integritygraph.report.AccountabilitySource.ResponsibilityKey;
import org.integritygraph.report.ReportAccountability.ReportAnswer;
import org.integritygraph.report.ReportCommitment.ReportStatusChange;
import org.integritygraph.report.ReportContract.ReportParty;
import org.integritygraph.report.ReportProvenance.FactRef;
import org.integritygraph.report.ReportProvenance.ReportSource;
import org.integritygraph.report.ReportRecord.ReportConcern;
import org.integritygraph.report.ReportRecord.ReportRecordEvent;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.dbl;
import static org.integritygraph.graph.Props.str;
import static org.integritygraph.report.ReportRows.present;

/**
 * Builds the recall report (项目责任回溯报告) of a project as of a date from the report queries
 * ({@code queries/report/}) and the tracing answers. Every read is a read-only query through
 * {@link GraphReader}; a report costs a fixed number of queries plus one per overdue or broken commitment.
 */
@Service
public class RecallReportService {

	private final GraphReader reader;

	private final NamedQueries queries;

	private final AccountabilitySource accountability;

	private final Dates dates;

	private final Viewer viewer;

	@Autowired
	RecallReportService(GraphReader reader, NamedQueries queries, AccountabilitySource accountability,
			Dates dates) {
		this(reader, queries, accountability, dates, null);
	}

	private RecallReportService(GraphReader reader, NamedQueries queries, AccountabilitySource accountability,
			Dates dates, Viewer viewer) {
		this.reader = reader;
		this.queries = queries;
		this.accountability = accountability;
		this.dates = dates;
		this.viewer = viewer;
	}

	/**
	 * The reports as {@code viewer} may see them: the disclosure rules inside every report query, restricted
	 * details (who filed an objection, why) left out for the public, the viewer's deadline. This service itself
	 * answers as the operator (everything).
	 */
	public RecallReportService as(Viewer viewer) {
		return new RecallReportService(this.reader, this.queries, this.accountability, this.dates, viewer);
	}

	private Viewer viewer() {
		return (this.viewer != null) ? this.viewer : Viewer.internal(this.dates.today(), null);
	}

	/** The report of the project as of {@code at} (null: today); empty for an unknown project. */
	public Optional<RecallReport> report(String projectId, LocalDate at) {
		var today = this.dates.today();
		var asOf = (at != null) ? at : today;
		var params = Map.<String, Object>of("projectId", projectId, "at", asOf);
		var project = this.reader.one(viewer(), query("project"), params, ReportMapping::project);
		if (project.isEmpty()) {
			return Optional.empty();
		}
		var holders = this.accountability.phaseHolders(viewer(), projectId, asOf);
		var undecided = this.reader.list(viewer(), query("phases"), params, row -> ReportMapping.phase(row, holders));
		var decisions = this.reader.list(viewer(), query("decisions"), params, row -> ReportMapping.decision(row, undecided));
		var now = postsNow(undecided, asOf);
		var phases = undecided.stream().map(phase -> withDecisionsAndNow(phase, decisions, now)).toList();
		var contracts = this.reader.list(viewer(), query("contracts"), params, ReportMapping::contract);
		// The stored status is today's; for a past date the status is read from the history up to it.
		var historical = asOf.isBefore(today);
		var commitments = this.reader.list(viewer(), query("commitments"), params,
				row -> ReportMapping.commitment(row, historical))
			.stream()
			.map(commitment -> withAccountability(commitment, asOf))
			.toList();
		var responsible = new RecallReport(project.get(), asOf, phases, decisions, contracts, commitments, List.of(),
				null)
			.responsiblePersons()
			.stream()
			.map(Ref::id)
			.toList();
		var records = this.reader.list(viewer(), query("records"),
				Map.of("projectId", projectId, "at", asOf, "personIds", responsible),
				row -> ReportMapping.record(row, historical, viewer().seesEverything()));
		var facts = new RecallReport(project.get(), asOf, phases, decisions, contracts, commitments, records, null);
		return Optional.of(new RecallReport(project.get(), asOf, phases, decisions, contracts, commitments, records,
				provenance(facts)));
	}

	/** The projects a body owns (实施机构), by id; empty for an unknown body. */
	public Optional<List<String>> projectIdsOfBody(String bodyId) {
		return this.reader.one(viewer(), query("projects_of_body"), Map.of("bodyId", bodyId),
				row -> row.get("projectIds").asList(Value::asString));
	}

	private String query(String name) {
		return this.queries.get("report/" + name);
	}

	/** Who answers on {@code at} for each post that answered for a phase, by the post's id. */
	private Map<String, ReportAnswer> postsNow(List<ReportPhase> phases, LocalDate at) {
		var postIds = phases.stream()
			.flatMap(phase -> phase.responsibilities().stream())
			.flatMap(ReportMapping::answeringPosts)
			.distinct()
			.toList();
		var answers = new LinkedHashMap<String, ReportAnswer>();
		this.reader.list(viewer(), query("posts_now"), Map.of("postIds", postIds, "at", at),
				row -> Map.entry(str(row, "postId"), new ReportAnswer(str(row, "basis"), null, at,
						ReportRows.post(row.get("nowPost"), row.get("nowBody")), ReportRows.tenures(row.get("holders")))))
			.forEach(entry -> answers.putIfAbsent(entry.getKey(), entry.getValue()));
		return answers;
	}

	private static ReportPhase withDecisionsAndNow(ReportPhase phase, List<ReportDecision> decisions,
			Map<String, ReportAnswer> now) {
		var inPhase = decisions.stream().filter(decision -> phase.id().equals(decision.phaseId())).toList();
		var responsibilities = phase.responsibilities()
			.stream()
			.map(r -> new ReportResponsibility(r.role(), r.from(), r.to(), r.post(), r.person(), r.holders(),
					ReportMapping.answeringPosts(r).map(now::get).filter(Objects::nonNull).distinct().toList()))
			.toList();
		return new ReportPhase(phase.id(), phase.stage(), phase.from(), phase.to(), responsibilities, inPhase,
				phase.sources());
	}

	private ReportCommitment withAccountability(ReportCommitment c, LocalDate asOf) {
		if (!ReportCommitment.needsAccountability(c.status())) {
			return c;
		}
		return new ReportCommitment(c.id(), c.title(), c.kind(), c.status(), c.madeOn(), c.dueOn(), c.amount(),
				c.currency(), c.madeBy(), c.signature(), c.contractId(), c.contractTitle(), c.beneficiaries(),
				c.history(), this.accountability.commitment(viewer(), c.id(), asOf), c.sources());
	}

	private ReportProvenance provenance(RecallReport facts) {
		var cited = new LinkedHashMap<SourceRef, List<FactRef>>();
		var unsourced = new ArrayList<FactRef>();
		var project = facts.project();
		cite(cited, unsourced, new FactRef("PROJECT", project.id(), project.name()), project.sources());
		facts.phases().forEach(p -> cite(cited, unsourced, new FactRef("PHASE", p.id(), p.stage()), p.sources()));
		facts.decisions()
			.forEach(d -> cite(cited, unsourced, new FactRef("DECISION", d.id(), label(d.docNo(), d.title())),
					d.sources()));
		facts.contracts()
			.forEach(k -> cite(cited, unsourced, new FactRef("CONTRACT", k.id(), k.title()), k.sources()));
		facts.commitments()
			.forEach(c -> cite(cited, unsourced, new FactRef("COMMITMENT", c.id(), c.title()), c.sources()));
		facts.records()
			.forEach(r -> cite(cited, unsourced, new FactRef("RECORD", r.id(), label(r.docNo(), r.title())),
					r.sources()));
		var sources = cited.entrySet()
			.stream()
			.map(entry -> new ReportSource(entry.getKey(), List.copyOf(entry.getValue())))
			.sorted(Comparator.comparing((ReportSource s) -> s.document().issuedOn(),
					Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(s -> s.document().id()))
			.toList();
		return new ReportProvenance(facts.at(), this.dates.now(), dataVersion(facts), sources,
				List.copyOf(unsourced));
	}

	private static String label(String docNo, String title) {
		return (docNo == null) ? title : docNo + " " + title;
	}

	private static void cite(Map<SourceRef, List<FactRef>> cited, List<FactRef> unsourced, FactRef fact,
			List<SourceRef> sources) {
		if (sources.isEmpty()) {
			unsourced.add(fact);
		}
		sources.forEach(source -> cited.computeIfAbsent(source, s -> new ArrayList<>()).add(fact));
	}

	/**
	 * The data version: a SHA-256 fingerprint of every fact of the report (the records' canonical text, in
	 * the queries' fixed order), without the generation time. The graph keeps no change timestamps, so a
	 * fingerprint is what tells whether two reports were made from the same facts.
	 */
	static String dataVersion(RecallReport facts) {
		var canonical = List.of(facts.project(), facts.at(), facts.phases(), facts.decisions(), facts.contracts(),
				facts.commitments(), facts.records())
			.toString();
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Row mapping of the report queries. */
	static final class ReportMapping {

		private ReportMapping() {
		}

		static ReportProject project(Record row) {
			var p = row.get("project").asNode();
			return new ReportProject(str(p, "id"), str(p, "name"), str(p, "nameEn"), str(p, "kind"), str(p, "phase"),
					str(p, "status"), dbl(p, "budget"), str(p, "currency"), date(p, "startedOn"), str(p, "description"),
					ReportRows.body(row.get("owner")), ReportRows.sources(row.get("sources")));
		}

		static ReportPhase phase(Record row, Map<ResponsibilityKey, List<ReportHolder>> holders) {
			var phase = row.get("phase").asNode();
			var phaseId = str(phase, "id");
			var responsibilities = row.get("responsibilities").asList(r -> {
				var post = ReportRows.post(r.get("post"), r.get("body"));
				var person = ReportRows.person(r.get("person"));
				var key = new ResponsibilityKey(phaseId, str(r, "role"), (post != null) ? post.id() : person.id(),
						date(r, "from"));
				var found = holders.getOrDefault(key, List.of());
				if (found.isEmpty() && person != null) {
					// A person assigned directly who held no post then still answers, without a chain.
					found = List.of(new ReportHolder(person, null, null, null, date(r, "from"), date(r, "to"),
							List.of()));
				}
				return new ReportResponsibility(str(r, "role"), date(r, "from"), date(r, "to"), post, person, found,
						List.of());
			});
			return new ReportPhase(phaseId, str(phase, "stage"), date(phase, "from"), date(phase, "to"),
					responsibilities, List.of(), ReportRows.sources(row.get("sources")));
		}

		/** The posts through which a responsibility was answered: its post, or the posts its person held. */
		static Stream<String> answeringPosts(ReportResponsibility responsibility) {
			if (responsibility.post() != null) {
				return Stream.of(responsibility.post().id());
			}
			return responsibility.holders().stream().map(ReportHolder::post).filter(Objects::nonNull).map(ReportPost::id);
		}

		static ReportDecision decision(Record row, List<ReportPhase> phases) {
			var d = row.get("decision").asNode();
			var decidedOn = date(d, "decidedOn");
			var phaseId = phases.stream()
				.filter(phase -> !decidedOn.isBefore(phase.from())
						&& (phase.to() == null || decidedOn.isBefore(phase.to())))
				.map(ReportPhase::id)
				.findFirst()
				.orElse(null);
			return new ReportDecision(str(d, "id"), str(d, "docNo"), str(d, "title"), decidedOn, str(d, "summary"),
					phaseId, ReportRows.typedRefs(row.get("decidedBy")), ReportRows.sources(row.get("sources")));
		}

		static ReportContract contract(Record row) {
			var k = row.get("contract").asNode();
			var parties = row.get("parties").asList(p -> new ReportParty(str(p, "role"), Ref.typed(p)));
			var signers = row.get("signers")
				.asList(s -> new ReportSignature(Ref.person(s.get("person").asNode()), date(s, "on")));
			return new ReportContract(str(k, "id"), str(k, "title"), str(k, "kind"), dbl(k, "value"),
					str(k, "currency"), date(k, "signedOn"), date(k, "validFrom"), date(k, "validTo"), parties,
					signers, ReportRows.sources(row.get("sources")));
		}

		static ReportCommitment commitment(Record row, boolean historical) {
			var c = row.get("commitment").asNode();
			var history = row.get("events")
				.asList(e -> e.asNode())
				.stream()
				.map(e -> new ReportStatusChange(str(e, "status"), date(e, "on"), str(e, "actor"), str(e, "reason")))
				.toList();
			var status = historical
					? (history.isEmpty() ? "PENDING" : history.getLast().status())
					: str(c, "status");
			var signature = present(row.get("signature"))
					? new ReportSignature(Ref.person(row.get("signature").get("person").asNode()),
							date(row.get("signature"), "on"))
					: null;
			var contract = row.get("contract");
			return new ReportCommitment(str(c, "id"), str(c, "title"), str(c, "kind"), status, date(c, "madeOn"),
					date(c, "dueOn"), dbl(c, "amount"), str(c, "currency"), ReportRows.body(row.get("maker")),
					signature, present(contract) ? str(contract.asNode(), "id") : null,
					present(contract) ? str(contract.asNode(), "title") : null,
					ReportRows.typedRefs(row.get("beneficiaries")), history, null,
					ReportRows.sources(row.get("sources")));
		}

		/** A record of the report; {@code restricted}: with the restricted details of its events (who, why). */
		/** A property's value, or null when its disclosure class hides it from the viewer. */
		private static String shown(Label label, String property, String value, boolean everything) {
			return (everything || label.property(property).map(Visibility::isPublic).orElse(false)) ? value : null;
		}

		static ReportRecord record(Record row, boolean historical, boolean restricted) {
			var r = row.get("record").asNode();
			var events = row.get("events")
				.asList(e -> e.asNode())
				.stream()
				.map(e -> new ReportRecordEvent(str(e, "kind"), date(e, "on"),
						shown(GraphModel.RECORD_EVENT, "actor", str(e, "actor"), restricted),
						shown(GraphModel.RECORD_EVENT, "reason", str(e, "reason"), restricted)))
				.toList();
			var status = historical ? statusAfter(events) : str(r, "status");
			var concerns = row.get("concerns")
				.asList(x -> new ReportConcern(str(x, "type"), str(x, "id"), str(x, "title"), str(x, "docNo")));
			return new ReportRecord(str(r, "id"), str(r, "kind"), str(r, "severity"), status, str(r, "title"),
					str(r, "docNo"), date(r, "decidedOn"), date(r, "disclosureUntil"), str(r, "summary"),
					str(row, "relation"), ReportRows.typedRefs(row.get("against")), ReportRows.body(row.get("issuer")),
					concerns, events, ReportRows.sources(row.get("sources")));
		}

		/** A record's status after its events up to a date (RecordEventKind → RecordStatus). */
		static String statusAfter(List<ReportRecordEvent> events) {
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

	}

}
