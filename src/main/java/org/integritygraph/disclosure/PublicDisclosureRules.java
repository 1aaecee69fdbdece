package org.integritygraph.disclosure;

import java.time.LocalDate;
import java.util.Set;

import org.integritygraph.model.entity.Record;

import org.springframework.stereotype.Component;

/**
 * The disclosure rules of the domain for the public (信息公开), applied to every caller until roles exist (see
 * {@link RecordVisibility}): a record is public while its disclosure period runs (decided on or before the
 * date, the date before {@code disclosureUntil}) and while it is neither repaired, exempted, revoked nor
 * expired — that is, while its status is {@code RECORDED} or {@code OBJECTION_PENDING}.
 */
@Component
public class PublicDisclosureRules implements RecordVisibility {

	private static final Set<String> PUBLIC_STATUSES = Set.of("RECORDED", "OBJECTION_PENDING");

	@Override
	public boolean maySee(Record record, String statusOn, LocalDate on) {
		return isPublic(record, statusOn, on);
	}

	/** The public rule itself, for callers that need it whatever the caller's role. */
	public static boolean isPublic(Record record, String statusOn, LocalDate on) {
		return statusOn != null && PUBLIC_STATUSES.contains(statusOn) && !record.decidedOn().isAfter(on)
				&& (record.disclosureUntil() == null || on.isBefore(record.disclosureUntil()));
	}

}
