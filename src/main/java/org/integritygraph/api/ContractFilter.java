package org.integritygraph.api;

import java.time.LocalDate;
import java.util.List;

/** Arguments of {@code contracts(filter:)}; the signing range is closed-open. */
record ContractFilter(List<String> kind, String projectId, String partyId, LocalDate signedFrom,
		LocalDate signedBefore) {
}
