package org.integritygraph.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.integritygraph.graph.Viewer;

/**
 * Where a report gets the tracing answers (责任倒查) from: who held each responsible post of a phase with
 * their leadership chains, and who answered for a commitment then and now.
 */
interface AccountabilitySource {

	/** The holders of every phase responsibility of the project begun by {@code at}. */
	Map<ResponsibilityKey, List<ReportHolder>> phaseHolders(Viewer viewer, String projectId, LocalDate at);

	/** Who answered for the commitment then and who answers on {@code at}. */
	ReportAccountability commitment(Viewer viewer, String commitmentId, LocalDate at);

	/**
	 * Identifies a {@code RESPONSIBLE} edge: its phase, role, the post or person it points at and its
	 * start (the edge's, else the phase's).
	 */
	record ResponsibilityKey(String phaseId, String role, String targetId, LocalDate from) {
	}

}
