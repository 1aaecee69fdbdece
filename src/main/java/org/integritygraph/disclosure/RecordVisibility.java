package org.integritygraph.disclosure;

import java.time.LocalDate;

import org.integritygraph.model.Visibility;
import org.integritygraph.model.entity.Record;

/**
 * May the caller of the current request see this integrity record as it stood on a date? The credit profile,
 * the monitoring explanations and warnings, and their downloads ask this one question, and show nothing of a
 * record the answer hides (not its id, not its title; counts leave it out too). The rule is the model's one
 * disclosure rule for records ({@link Visibility}); {@link CallerRecordVisibility} lifts it for the roles that
 * see everything.
 */
@FunctionalInterface
public interface RecordVisibility {

	/** The public's answer: the disclosure rule of the model, whatever the caller. */
	RecordVisibility PUBLIC = Visibility::isPublic;

	/**
	 * @param record the record
	 * @param statusOn its status on {@code on} (from its events; see the profile's record history)
	 * @param on the date the question is about (the as-of date of a profile, today for a monitoring fact)
	 */
	boolean maySee(Record record, String statusOn, LocalDate on);

}
