package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Relationship;

import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Contract;
import org.integritygraph.model.entity.Decision;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.model.entity.Person;
import org.integritygraph.model.entity.Phase;
import org.integritygraph.model.entity.Project;
import org.integritygraph.model.entity.Record;
import org.integritygraph.trace.Period.Dates;

/**
 * The period of the conduct a record is about, for each person it is against, by the first rule that applies
 * ({@link ConductRule}): the record's own {@code conductFrom}/{@code conductTo}; else what it concerns (a
 * commitment from its making to its due date, a contract or a decision on its day, a project over its phases
 * begun by the record's date; together, the span of them all); else the record's date when the person held a
 * post then; else the person's last tenure begun before it (they had left office).
 */
final class ConductPeriods {

	/** A person to trace over {@code [from, to)}, and the rule that set the period. */
	record Request(String personId, LocalDate from, LocalDate to, ConductRule rule, String reason) {
	}

	private ConductPeriods() {
	}

	/**
	 * @param concerns {@code [{concern, phases}]} as {@code trace/responsibility_trace} returns them
	 * @param against {@code [{person, tenures: [HELD]}]}: the tenures begun by the record's date
	 */
	static List<Request> of(Record record, Value concerns, Value against) {
		var decidedOn = record.decidedOn();
		var requests = new ArrayList<Request>();
		var shared = declared(record);
		if (shared == null) {
			shared = concerned(record, concerns);
		}
		for (var entry : against.values()) {
			var person = Entities.as(entry.get("person").asNode(), Person.class);
			if (shared != null) {
				requests.add(new Request(person.id(), shared.from(), shared.to(), shared.rule(), shared.reason()));
				continue;
			}
			var tenures = entry.get("tenures")
				.asList(Value::asRelationship)
				.stream()
				.sorted(Comparator.comparing((Relationship held) -> GraphCollector.date(held.get("from"))).reversed())
				.toList();
			var inOffice = tenures.stream().anyMatch(held -> {
				var to = GraphCollector.date(held.get("to"));
				return to == null || decidedOn.isBefore(to);
			});
			if (inOffice || tenures.isEmpty()) {
				requests.add(new Request(person.id(), decidedOn, decidedOn.plusDays(1), ConductRule.RECORD_DATE,
						"no conduct period is recorded and the record concerns nothing dated: the record's date "
								+ decidedOn));
			}
			else {
				var last = tenures.getFirst();
				var from = GraphCollector.date(last.get("from"));
				var to = GraphCollector.date(last.get("to"));
				requests.add(new Request(person.id(), from, to, ConductRule.LAST_TENURE,
						"%s held no post on the record's date %s; the last tenure before it, %s, is taken".formatted(
								person.name(), decidedOn, Reasons.interval(from, to))));
			}
		}
		return List.copyOf(requests);
	}

	private static Request declared(Record record) {
		if (record.conductFrom() == null && record.conductTo() == null) {
			return null;
		}
		var from = (record.conductFrom() != null) ? record.conductFrom() : record.conductTo().minusDays(1);
		var to = (record.conductTo() != null) ? record.conductTo() : record.decidedOn().plusDays(1);
		return new Request(null, from, to, ConductRule.DECLARED,
				"the record's conduct period (conductFrom/conductTo) " + Reasons.interval(from, to));
	}

	private static Request concerned(Record record, Value concerns) {
		LocalDate from = null;
		LocalDate to = null;
		var parts = new ArrayList<String>();
		for (var entry : concerns.values()) {
			var concern = Entities.orNull(entry.get("concern"));
			var period = period(concern, entry.get("phases").asList(v -> Entities.as(v.asNode(), Phase.class)),
					record.decidedOn());
			if (period == null) {
				continue;
			}
			from = (from == null || period.from().isBefore(from)) ? period.from() : from;
			to = (to == null || period.to().isAfter(to)) ? period.to() : to;
			parts.add(describe(concern) + " " + Reasons.interval(period.from(), period.to()));
		}
		if (from == null) {
			return null;
		}
		return new Request(null, from, to, ConductRule.CONCERNED,
				"what the record concerns: " + String.join("; ", parts));
	}

	/** The days a concerned fact covers, or null when it has no date. */
	private static Period period(Entity concern, List<Phase> phases, LocalDate decidedOn) {
		return switch (concern) {
			case Commitment c when c.madeOn() != null || c.dueOn() != null -> {
				var made = (c.madeOn() != null) ? c.madeOn() : c.dueOn();
				var due = (c.dueOn() != null) ? c.dueOn() : c.madeOn();
				yield new Period(made, Dates.later(due, made).plusDays(1));
			}
			case Contract c when c.signedOn() != null -> new Period(c.signedOn(), c.signedOn().plusDays(1));
			case Decision d when d.decidedOn() != null -> new Period(d.decidedOn(), d.decidedOn().plusDays(1));
			case Project p when !phases.isEmpty() -> {
				var first = phases.stream().map(Phase::from).min(LocalDate::compareTo).orElseThrow();
				var last = phases.stream()
					.map(phase -> (phase.to() != null && !phase.to().isAfter(decidedOn)) ? phase.to()
							: decidedOn.plusDays(1))
					.max(LocalDate::compareTo)
					.orElseThrow();
				yield new Period(first, last);
			}
			case null, default -> null;
		};
	}

	private static String describe(Entity concern) {
		return switch (concern) {
			case Commitment c -> "commitment " + c.title() + " (made to due)";
			case Contract c -> "contract " + c.title() + " (signed)";
			case Decision d -> "decision " + ((d.docNo() != null) ? d.docNo() : d.title()) + " (decided)";
			case Project p -> "project " + p.name() + " (its phases)";
			default -> concern.id();
		};
	}

}
