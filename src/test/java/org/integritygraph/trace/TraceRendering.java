package org.integritygraph.trace;

import java.util.stream.Collectors;

/** Compact, exact renderings of trace results, so that a test states a whole chain in one line. */
final class TraceRendering {

	private TraceRendering() {
	}

	/** {@code po-a[pe-x] > po-b[vacant] > po-c[pe-y,pe-z]}, then {@code ↺po-b} for a cycle, {@code …} when cut. */
	static String chain(LeadershipChain chain) {
		var text = chain.steps().stream().map(TraceRendering::step).collect(Collectors.joining(" > "));
		if (chain.cycle()) {
			text += " ↺" + chain.cycleAt().id();
		}
		if (chain.truncated()) {
			text += " …";
		}
		return text;
	}

	static String step(ChainStep step) {
		var holders = step.holders().isEmpty() ? "vacant"
				: step.holders().stream().map(h -> h.person().id()).collect(Collectors.joining(","));
		return step.post().id() + "[" + holders + "]";
	}

	/** {@code pe-x@po-a[2019-03-01,2019-06-01)}: who held which post over which part of the period. */
	static String holder(ResponsibleHolder holder) {
		return holder.person().id() + "@" + holder.post().id() + "[" + holder.overlapFrom() + ","
				+ ((holder.overlapTo() != null) ? holder.overlapTo() : "") + ")";
	}

	/** {@code KIND actorId on date}. */
	static String act(ActTrace act) {
		return act.kind() + " " + actorId(act.actor()) + " " + act.on();
	}

	/** {@code BASIS post: chain}. */
	static String answerable(Answerable answerable) {
		return answerable.basis() + " " + answerable.post().id() + ": " + chain(answerable.chain());
	}

	static String actorId(Object actor) {
		return switch (actor) {
			case org.integritygraph.model.entity.Body b -> b.id();
			case org.integritygraph.model.entity.Person p -> p.id();
			case org.integritygraph.model.entity.Post p -> p.id();
			case null -> "null";
			default -> actor.toString();
		};
	}

}
