package org.integritygraph.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.integritygraph.model.entity.Body;
import org.integritygraph.profile.CommitmentHistory;
import org.integritygraph.profile.RecordHistory;

/**
 * Everything the monitoring of a region needs, read in one pass: its bodies on the month's last day, and the
 * commitments binding them, the records against them and the objections they must decide, with their events.
 *
 * @param bodies the region's bodies by id, the region itself included
 * @param commitments each commitment once, with the body it binds (its maker, or the maker's successor)
 * @param records each record once, with the body it is against (or that body's successor)
 * @param objections records with an objection, with the body that issued them
 */
record MonitoringFacts(Body region, LocalDate at, Map<String, TreeBody> bodies,
		List<Bound<CommitmentHistory>> commitments, List<Bound<RecordHistory>> records,
		List<Bound<RecordHistory>> objections) {

	/**
	 * A body of the region.
	 *
	 * @param unitId the ranked body it belongs to (the region's part it lies under; itself for a part); null for
	 * the region itself
	 */
	record TreeBody(Body body, int depth, String unitId) {
	}

	/** A commitment or record and the body of the region it counts for. */
	record Bound<T>(String bodyId, T history) {
	}

}
