package org.integritygraph.trace;

import java.util.List;

import org.integritygraph.model.entity.Phase;

/** One phase of a project and who answered for it. */
public record PhaseAccountability(Phase phase, List<PhaseResponsibility> responsibilities) {
}
