package org.integritygraph.trace;

import java.time.LocalDate;
import java.util.List;

import org.integritygraph.model.entity.Post;

/** Why a post answers, in words with names and dates: the {@code reason} of an {@link Answerable}. */
final class Reasons {

	private Reasons() {
	}

	/**
	 * Why a post answered for an act on its date; {@code edge} is the edge that makes it answer (HELD, IN,
	 * SIGNED_AS or RESPONSIBLE), {@code actEdge} the act's own (SIGNED_BY for a signature).
	 */
	static String then(AnswerBasis basis, ChainStep start, LocalDate on, TraceEdge edge, TraceEdge actEdge,
			GraphCollector graph) {
		var post = postName(start);
		return switch (basis) {
			case HELD_POST -> "%s held %s on %s (HELD %s)".formatted(graph.nameOf(edge.source()), post, on,
					interval(edge.validFrom(), edge.validTo()));
			case HELD_POST_IN_ACTING_BODY -> ("%s held %s on %s (HELD %s), a post of the acting body or under it; "
					+ "the other posts held that day do not answer for this act").formatted(graph.nameOf(edge.source()),
							post, on, interval(edge.validFrom(), edge.validTo()));
			case SIGNED_AS_POST -> "%s signed as %s (SIGNED_AS)".formatted(graph.nameOf(actEdge.target()), post);
			case PRINCIPAL_POST -> "%s is the principal post (主要负责人) of %s".formatted(post, bodyName(start));
			case RESPONSIBLE_POST -> "phase %s assigns the %s responsibility to %s (RESPONSIBLE %s)".formatted(
					graph.nameOf(edge.source()), edge.role(), post,
					(edge.validFrom() != null) ? interval(edge.validFrom(), edge.validTo()) : "for the whole phase");
			default -> basis.name();
		};
	}

	/**
	 * Why a post answers today: {@code followed} is the post the responsibility led to (then's post, or the one
	 * it passed to), whose body was followed through reorganisations.
	 */
	static String today(AnswerBasis basis, Post followed, ChainStep start, List<TraceEdge> reassignment, TraceEdge held,
			List<TraceEdge> succession, List<TraceEdge> evidence, GraphCollector graph) {
		var story = new StringBuilder();
		for (var edge : reassignment) {
			story.append("the %s responsibility of phase %s passed to %s on %s; ".formatted(edge.role(),
					graph.nameOf(edge.source()), graph.nameOf(edge.target()), edge.validFrom()));
		}
		for (var edge : succession) {
			story.append("%s was succeeded by %s on %s; ".formatted(graph.nameOf(edge.source()),
					graph.nameOf(edge.target()), edge.on()));
		}
		var post = postName(start);
		var thenTitle = (followed != null) ? followed.title() : "the post";
		return story + switch (basis) {
			case SAME_POST -> "%s: the same post, its body not reorganised since".formatted(post);
			case REASSIGNED -> "%s holds the responsibility now".formatted(post);
			case RESPONSIBLE_PERSON -> "%s, to whom the responsibility is assigned, holds %s (HELD %s)".formatted(
					graph.nameOf(held.source()), post, interval(held.validFrom(), held.validTo()));
			case SUCCESSOR_TRANSFER -> "%s moved from %s to %s on %s".formatted(graph.nameOf(evidence.getFirst().source()),
					thenTitle, post, evidence.getLast().validFrom());
			case SUCCESSOR_POST -> "%s is the post titled %s there".formatted(post, thenTitle);
			case SUCCESSOR_PRINCIPAL -> (followed != null && followed.principal())
					? "%s is the principal post there, as %s was".formatted(post, thenTitle)
					: "no post there corresponds to %s, so the principal post %s answers".formatted(thenTitle, post);
			default -> basis.name();
		};
	}

	static String postName(ChainStep step) {
		return (step.body() != null) ? step.body().name() + " " + step.post().title() : step.post().title();
	}

	private static String bodyName(ChainStep step) {
		return (step.body() != null) ? step.body().name() : "its body";
	}

	static String interval(LocalDate from, LocalDate to) {
		return "[" + from + ", " + ((to != null) ? to + ")" : "…)");
	}

}
