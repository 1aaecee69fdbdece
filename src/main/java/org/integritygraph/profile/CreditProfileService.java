package org.integritygraph.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integritygraph.model.Visibility;
import org.integritygraph.disclosure.RecordVisibility;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.graph.NamedQueries;
import org.integritygraph.model.CommitmentStatus;
import org.integritygraph.model.Entities;
import org.integritygraph.model.RecordKind;
import org.integritygraph.model.RecordStatus;
import org.integritygraph.model.Severity;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.CommitmentEvent;
import org.integritygraph.model.entity.Record;
import org.integritygraph.model.entity.RecordEvent;
import org.integritygraph.profile.CreditProfile.CommitmentCounts;
import org.integritygraph.profile.CreditProfile.Counts;
import org.integritygraph.profile.CreditProfile.KeyCount;
import org.integritygraph.profile.CreditProfile.TimelineEvent;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

/**
 * Builds credit profiles (信用档案): one read-only query for the subject's records and commitments with their
 * events up to the date, one for the published consequence rules; statuses, measures and counts are worked out
 * from the events, and the caller sees only the records {@link RecordVisibility} lets them see.
 */
@Service
public class CreditProfileService {

	private final GraphReader reader;

	private final NamedQueries queries;

	private final ConsequenceRules rules;

	private final RecordVisibility visibility;

	private final Dates dates;

	CreditProfileService(GraphReader reader, NamedQueries queries, ConsequenceRules rules, RecordVisibility visibility,
			Dates dates) {
		this.reader = reader;
		this.queries = queries;
		this.rules = rules;
		this.visibility = visibility;
		this.dates = dates;
	}

	/** The date, or today when null. */
	public LocalDate today(LocalDate at) {
		return this.dates.orToday(at);
	}

	/** The profile of a body, person or company on a date (null: today); empty for an unknown id. */
	public Optional<CreditProfile> profile(String id, LocalDate at) {
		if (id == null || id.isBlank()) {
			throw new InvalidArgumentException("id", "id is required");
		}
		var on = this.dates.orToday(at);
		var resolver = this.rules.resolver();
		return this.reader.one(this.queries.get("profile/credit_profile"), Map.of("id", id, "at", on),
				row -> profile(row.get("subject"), row.get("predecessors"), row.get("records"), row.get("commitments"),
						on, resolver));
	}

	private CreditProfile profile(Value subjectValue, Value predecessorValues, Value recordValues,
			Value commitmentValues, LocalDate at, ConsequenceRules.Resolver resolver) {
		var subject = Entities.orNull(subjectValue);
		var type = SubjectType.of(subject);
		var predecessors = predecessorValues.asList(value -> Entities.as(value, Body.class));
		var byId = predecessors.stream().collect(Collectors.toMap(Body::id, Function.identity()));
		var subjectCode = (subject instanceof Body body) ? body.divisionCode() : null;
		var records = new ArrayList<ProfileRecord>();
		for (var entry : recordValues.values()) {
			var record = Entities.as(entry.get("record"), Record.class);
			var events = entry.get("events").asList(value -> Entities.as(value, RecordEvent.class));
			var history = RecordHistory.of(record, events, entry.get("withoutEvents").asBoolean());
			var statusOn = history.statusOn(at);
			if (!this.visibility.maySee(record, statusOn, at)) {
				continue;
			}
			var issuer = Entities.as(entry.get("issuer"), Body.class);
			var code = (issuer != null && issuer.divisionCode() != null) ? issuer.divisionCode() : subjectCode;
			var table = resolver.inForce(code, record.decidedOn());
			records.add(new ProfileRecord(record, statusOn, issuer, byId.get(entry.get("against").asString()),
					Visibility.isPublic(record, statusOn, at), standingUntil(history),
					history.events(), measures(history, type, table, at)));
		}
		var commitments = new ArrayList<ProfileCommitment>();
		for (var entry : commitmentValues.values()) {
			var commitment = Entities.as(entry.get("commitment"), Commitment.class);
			var events = entry.get("events").asList(value -> Entities.as(value, CommitmentEvent.class));
			var history = CommitmentHistory.of(commitment, events, entry.get("withoutEvents").asBoolean());
			commitments.add(new ProfileCommitment(commitment, history.statusOn(at), history.overdueOn(at),
					entry.get("relation").asString(), Entities.as(entry.get("maker"), Body.class), history.events()));
		}
		var measures = records.stream()
			.flatMap(record -> record.measures().stream())
			.sorted(Comparator.comparing(Measure::from).thenComparing(m -> m.record().id()).thenComparing(Measure::kind))
			.toList();
		return new CreditProfile(subject, type, at, predecessors, List.copyOf(records), counts(records),
				List.copyOf(commitments), commitmentCounts(commitments), measures, timeline(records, commitments, measures, at));
	}

	private static LocalDate standingUntil(RecordHistory history) {
		var periods = history.periodsIn(RecordHistory.IN_FORCE, history.record().decidedOn(), null);
		return periods.isEmpty() ? history.record().decidedOn() : periods.getFirst().until();
	}

	/** The measures the record brings under the table in force on its date, each over its periods. */
	static List<Measure> measures(RecordHistory history, SubjectType type, ConsequenceRuleTable table, LocalDate at) {
		var record = history.record();
		var measures = new ArrayList<Measure>();
		for (var rule : table.rules()) {
			if (!rule.matches(record.kind(), record.severity(), type)) {
				continue;
			}
			var statuses = rule.statuses().stream().map(Enum::name).collect(Collectors.toSet());
			var limit = (rule.months() != null) ? record.decidedOn().plusMonths(rule.months()) : null;
			for (var period : history.periodsIn(statuses, record.decidedOn(), limit)) {
				boolean inForce = !period.from().isAfter(at) && (period.until() == null || at.isBefore(period.until()));
				measures.add(new Measure(rule.measure(), record, rule, table.version(), table.scope(),
						period.from(), period.until(), period.endedBy(), inForce));
			}
		}
		return measures;
	}

	private static Counts counts(List<ProfileRecord> records) {
		return new Counts(records.size(),
				count(records, r -> r.record().kind(), names(RecordKind.class)),
				count(records, r -> r.record().severity(), names(Severity.class)),
				count(records, ProfileRecord::statusOn, names(RecordStatus.class)),
				count(records, r -> String.valueOf(r.record().decidedOn().getYear()), null));
	}

	private static List<KeyCount> count(List<ProfileRecord> records, Function<ProfileRecord, String> key,
			List<String> order) {
		var counts = new LinkedHashMap<String, Integer>();
		records.forEach(record -> counts.merge(key.apply(record), 1, Integer::sum));
		var keys = new ArrayList<>(counts.keySet());
		keys.sort((order != null) ? Comparator.comparingInt(order::indexOf) : Comparator.naturalOrder());
		return keys.stream().map(k -> new KeyCount(k, counts.get(k))).toList();
	}

	private static List<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

	private static CommitmentCounts commitmentCounts(List<ProfileCommitment> commitments) {
		int kept = 0, pending = 0, overdue = 0, broken = 0, waived = 0, inherited = 0;
		double overdueAmount = 0, brokenAmount = 0;
		for (var c : commitments) {
			var amount = (c.commitment().amount() != null) ? c.commitment().amount() : 0;
			if (c.overdue()) {
				overdue++;
				overdueAmount += amount;
			}
			else if (CommitmentStatus.FULFILLED.name().equals(c.statusOn())) {
				kept++;
			}
			else if (CommitmentStatus.BROKEN.name().equals(c.statusOn())) {
				broken++;
				brokenAmount += amount;
			}
			else if (CommitmentStatus.WAIVED.name().equals(c.statusOn())) {
				waived++;
			}
			else {
				pending++;
			}
			if ("INHERITED".equals(c.relation())) {
				inherited++;
			}
		}
		return new CommitmentCounts(commitments.size(), kept, pending, overdue, broken, waived, inherited,
				overdueAmount, brokenAmount);
	}

	private static List<TimelineEvent> timeline(List<ProfileRecord> records, List<ProfileCommitment> commitments,
			List<Measure> measures, LocalDate at) {
		var events = new ArrayList<TimelineEvent>();
		for (var record : records) {
			var r = record.record();
			var seen = new HashSet<String>();
			for (var event : record.events()) {
				events.add(new TimelineEvent(event.on(), "RECORD", event.kind(), r.id(), r.title(), r.severity()));
				seen.add(event.kind());
			}
			if (!seen.contains("RECORDED")) {
				events.add(new TimelineEvent(r.decidedOn(), "RECORD", "RECORDED", r.id(), r.title(), r.severity()));
			}
		}
		for (var commitment : commitments) {
			var c = commitment.commitment();
			commitment.events()
				.forEach(event -> events.add(new TimelineEvent(event.on(), "COMMITMENT", event.status(), c.id(), c.title(),
						c.kind())));
		}
		for (var measure : measures) {
			events.add(new TimelineEvent(measure.from(), "MEASURE", "STARTED", measure.record().id(),
					measure.kind().name(), measure.rule().id()));
			if (measure.until() != null && !measure.until().isAfter(at)) {
				events.add(new TimelineEvent(measure.until(), "MEASURE", "ENDED", measure.record().id(),
						measure.kind().name(), measure.endsBy()));
			}
		}
		events.sort(Comparator.comparing(TimelineEvent::on).thenComparing(TimelineEvent::type).thenComparing(TimelineEvent::refId));
		return List.copyOf(events);
	}

}
