package org.integritygraph.disclosure;

import java.time.LocalDate;

import org.integritygraph.model.entity.Record;

/**
 * INTEGRATION POINT (roles and disclosure rules): may the caller of the current request see this integrity
 * record as it stood on a date? The credit profile, the monitoring explanations and warnings, and their
 * downloads ask this one question, and show nothing of a record the answer hides (not its id, not its title;
 * counts leave it out too).
 * <p>
 * Until the role-aware check of the security feature exists, {@link PublicDisclosureRules} answers with the
 * public rules for every caller (the conservative choice). The security feature provides the real check as a
 * bean of this type marked {@code @Primary} (or replaces {@code PublicDisclosureRules}): investigators see
 * every record, the public what {@link PublicDisclosureRules} allows.
 */
public interface RecordVisibility {

	/**
	 * @param record the record
	 * @param statusOn its status on {@code on} (from its events; see the profile's record history)
	 * @param on the date the question is about (the as-of date of a profile, today for a monitoring fact)
	 */
	boolean maySee(Record record, String statusOn, LocalDate on);

}
