package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/**
 * 责任倒查 of a commitment: the posts that answered for it {@code then} (on the date of the act: the
 * signer's posts on signing, the maker's principal post) and the posts that answer {@code now} (on the
 * report's date, following tenure changes and reorganisations), each with its holders.
 */
public record ReportAccountability(List<ReportAnswer> then, List<ReportAnswer> now) {

	/**
	 * A post answering on a date and who held it.
	 *
	 * @param basis why it answers: {@code HELD_POST}, {@code PRINCIPAL_POST}, {@code RESPONSIBLE_POST}
	 * (then); {@code SAME_POST}, {@code SUCCESSOR_POST}, {@code SUCCESSOR_PRINCIPAL} (now)
	 * @param act for an answer "then", the act it answers for: {@code SIGNED}, {@code MADE},
	 * {@code RESPONSIBLE} (the phase the act fell in) ...; null for an answer "now"
	 */
	public record ReportAnswer(String basis, String act, LocalDate on, ReportPost post, List<ReportTenure> holders) {
	}

}
