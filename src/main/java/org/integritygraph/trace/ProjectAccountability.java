package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Project;

/**
 * 项目责任: for each phase of a project (begun by {@code at}), who answered for it and to whom they
 * answered; plus who signed its contracts and who took its decisions, each with their posts and chains
 * on the date of the act.
 */
public record ProjectAccountability(Project project, LocalDate at, Body owner, List<PhaseAccountability> phases,
		List<ActTrace> signatures, List<ActTrace> decisions, boolean truncated, TraceGraph graph) {
}
