package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Record;

/**
 * 责任倒查: for a record or a commitment, the acts behind it (who signed, decided, made it, whom the
 * record is against), the posts that answered for each act then with their chains then, and who answers
 * today ({@code answerableToday}, distinct posts; each {@link Answerable} of an act also has its own).
 */
public record ResponsibilityTrace(Record record, Commitment commitment, LocalDate today, List<ActTrace> acts,
		List<Answerable> answerableToday, boolean truncated, TraceGraph graph) {
}
