package org.integritygraph.profile;

import java.time.LocalDate;

import org.integritygraph.model.entity.Record;

/**
 * A consequence of a record over {@code [from, until)}: what the rule says, on which legal basis, and why it ends
 * ({@code endsBy}): the record's repair, exemption, revocation or expiry, the rule's time limit, or (for a rule
 * that does not apply during an objection) the objection. {@code until} may lie after the profile's date: then
 * it is when the measure will end if nothing changes; null means it runs on.
 *
 * @param ruleVersion the version of the consequence rules that gave it (0: built in)
 * @param ruleScope the 行政区划代码 prefix of that version ({@code ""}: national)
 * @param inForce whether it is in force on the profile's date
 */
public record Measure(MeasureKind kind, Record record, ConsequenceRule rule, int ruleVersion, String ruleScope,
		LocalDate from, LocalDate until, String endsBy, boolean inForce) {

	public LegalBasis basis() {
		return this.rule.basis();
	}

}
