package org.integritygraph.document;

import org.integritygraph.model.entity.Body;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Resolves the units a document writes to bodies of the issuing government's jurisdiction, in this
 * order: by exact name (the jurisdiction's place put before a 市/区/县 prefix), through the alias
 * table, then through the abbreviation rules of {@link UnitNames}. A unit no body answers to is
 * not guessed: it is {@code UNRESOLVED}; one several bodies answer to is {@code AMBIGUOUS}. Among
 * bodies of the same name, those that still existed on the document's date win. A pure function of
 * its arguments.
 */
final class UnitResolver {

	private final UnitAliases aliases;

	UnitResolver(UnitAliases aliases) {
		this.aliases = aliases;
	}

	Resolution resolve(String asWritten, Jurisdiction jurisdiction, LocalDate on) {
		var normal = UnitNames.normal(asWritten);
		if (AssignmentParser.isGeneral(normal)) {
			return Resolution.none(Resolution.How.GENERAL);
		}
		var bodies = new Bodies(jurisdiction.bodies(), on);
		// 区府办(区电子政务办): the name, then the alias in brackets, each by every means in turn
		for (var name : UnitNames.tries(normal)) {
			var found = resolveName(name, bodies, jurisdiction.places());
			if (found != null) {
				return found;
			}
		}
		return Resolution.none(Resolution.How.UNRESOLVED);
	}

	private Resolution resolveName(String name, Bodies bodies, List<String> places) {
		var full = UnitNames.withinPlaces(name, places);
		var exact = bodies.byName(full);
		if (!exact.isEmpty()) {
			return outcome(Resolution.How.EXACT, exact);
		}
		for (var target : this.aliases.targets(name, places)) {
			var fullTarget = UnitNames.withinPlaces(target, places);
			var viaAlias = bodies.byName(fullTarget);
			if (viaAlias.isEmpty()) {
				viaAlias = bodies.byCanonicalName(fullTarget);
			}
			if (!viaAlias.isEmpty()) {
				return outcome(Resolution.How.ALIAS, viaAlias);
			}
		}
		var abbreviated = bodies.byCanonicalName(full);
		return abbreviated.isEmpty() ? null : outcome(Resolution.How.ABBREVIATION, abbreviated);
	}

	/**
	 * The name a provisional body for an unresolved unit gets: its full name in the jurisdiction
	 * (市财政局 → 中卫市财政局), without the alias in brackets, or the name the alias table gives it.
	 */
	String provisionalName(String asWritten, Jurisdiction jurisdiction) {
		var written = UnitNames.tries(UnitNames.normal(asWritten)).getFirst();
		var name = this.aliases.targets(written, jurisdiction.places()).stream().findFirst().orElse(written);
		var place = jurisdiction.place();
		if (place.isEmpty() || name.startsWith(place)) {
			return name;
		}
		if (name.charAt(0) == place.charAt(place.length() - 1)) {
			return place + name.substring(1);
		}
		// 人行揭阳中心支行 names its place already; 人社局 in a district document does not
		var stem = place.substring(0, place.length() - 1);
		return (stem.length() > 1 && name.contains(stem)) ? name : place + name;
	}

	private static Resolution outcome(Resolution.How how, List<Body> found) {
		return (found.size() == 1) ? Resolution.of(how, found.getFirst())
				: new Resolution(Resolution.How.AMBIGUOUS, null, found);
	}

	/** The jurisdiction's bodies by normal and canonical name; those that existed on the date first. */
	private static final class Bodies {

		private final List<Body> all;

		private final LocalDate on;

		Bodies(Collection<Body> bodies, LocalDate on) {
			this.all = bodies.stream()
				.collect(Collectors.toMap(Body::id, Function.identity(), (a, b) -> a, LinkedHashMap::new))
				.values()
				.stream()
				.toList();
			this.on = on;
		}

		List<Body> byName(Set<String> names) {
			return matching(body -> names.contains(UnitNames.normal(body.name())));
		}

		List<Body> byCanonicalName(Set<String> names) {
			var canonical = names.stream().map(UnitNames::canonical).collect(Collectors.toSet());
			return matching(body -> canonical.contains(UnitNames.canonical(UnitNames.normal(body.name()))));
		}

		private List<Body> matching(java.util.function.Predicate<Body> test) {
			var found = this.all.stream().filter(test).toList();
			var existing = found.stream().filter(body -> body.existedOn(this.on)).toList();
			return existing.isEmpty() ? found : existing;
		}

	}

}
