package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;

/** 合同 with its parties, roles and government-side signers. */
public record ReportContract(String id, String title, String kind, Double value, String currency, LocalDate signedOn,
		LocalDate validFrom, LocalDate validTo, List<ReportParty> parties, List<ReportSignature> signers,
		List<SourceRef> sources) {

	/** A party to a contract in its role (采购人, 政府方, 社会资本方 ...). */
	public record ReportParty(String role, Ref party) {
	}

}
