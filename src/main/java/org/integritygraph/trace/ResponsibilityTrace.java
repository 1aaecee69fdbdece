package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Record;

/**
 * 责任倒查: for a record or a commitment, the acts behind it (who signed, decided, made it, whom the
 * record is against), the posts that answered for each act then with their chains then, and who answers
 * on {@code at} ({@code answerableToday}, distinct posts; each {@link Answerable} of an act also has its own).
 * For a record against persons, {@code conduct} traces each of them over the period of the conduct the record
 * is about. {@code today} is {@code at} (its former name).
 */
public record ResponsibilityTrace(Record record, Commitment commitment, LocalDate at, List<ActTrace> acts,
		List<Answerable> answerableToday, List<ConductTrace> conduct, boolean truncated, TraceGraph graph) {

	public LocalDate today() {
		return this.at;
	}

}
