package org.integritygraph.profile;

import java.util.List;

import org.integritygraph.model.RecordKind;
import org.integritygraph.model.RecordStatus;
import org.integritygraph.model.Severity;

/**
 * One row of the consequence rules (失信惩戒规则表): a record of one of {@code kinds} and {@code severities} against a
 * subject of one of {@code subjectTypes} brings the {@code measure} while the record's status is one of
 * {@code statuses}, for {@code months} from the record's date (null: as long as the status lasts). An empty list
 * of kinds, severities or subject types matches any.
 *
 * @param id a stable name of the rule, unique in its table
 */
public record ConsequenceRule(String id, List<RecordKind> kinds, List<Severity> severities,
		List<RecordStatus> statuses, List<SubjectType> subjectTypes, MeasureKind measure, Integer months,
		LegalBasis basis) {

	public ConsequenceRule {
		kinds = (kinds != null) ? List.copyOf(kinds) : List.of();
		severities = (severities != null) ? List.copyOf(severities) : List.of();
		statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
		subjectTypes = (subjectTypes != null) ? List.copyOf(subjectTypes) : List.of();
	}

	/** Whether a record of this kind and severity against a subject of this type triggers the rule. */
	public boolean matches(String kind, String severity, SubjectType subjectType) {
		return (this.kinds.isEmpty() || this.kinds.stream().anyMatch(k -> k.name().equals(kind)))
				&& (this.severities.isEmpty() || this.severities.stream().anyMatch(s -> s.name().equals(severity)))
				&& (this.subjectTypes.isEmpty() || this.subjectTypes.contains(subjectType));
	}

}
