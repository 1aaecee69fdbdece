package org.integritygraph.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.integritygraph.disclosure.RecordVisibility;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.GraphReader;
import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.model.Entities;
import org.integritygraph.model.entity.Record;
import org.integritygraph.security.Actor;

import org.springframework.stereotype.Service;

/**
 * 信用监测预警: the monitoring of a region for a month — indicators, composite scores and ranking, warnings — read
 * from the month's snapshot when it was stored, else computed now ({@code stored} false). Computing reads the
 * facts of the whole region in one pass (four queries, whatever its size) and counts every month of the series in
 * memory. {@link #close} stores a closed month once; it never changes afterwards.
 * <p>
 * Facts the caller may not see ({@link RecordVisibility}, judged today) are masked in every answer.
 */
@Service
public class MonitoringService {

	private final MonitoringQueries queries;

	private final MonitoringTables tables;

	private final SnapshotStore snapshots;

	private final RecordVisibility visibility;

	private final GraphReader reader;

	private final Dates dates;

	MonitoringService(MonitoringQueries queries, MonitoringTables tables, SnapshotStore snapshots,
			RecordVisibility visibility, GraphReader reader, Dates dates) {
		this.queries = queries;
		this.tables = tables;
		this.snapshots = snapshots;
		this.visibility = visibility;
		this.reader = reader;
		this.dates = dates;
	}

	/** The month asked for ({@code yyyy-MM}); null: the last closed month (the one before this one). */
	public YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.from(this.dates.today()).minusMonths(1);
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidArgumentException("month", "month must be a month like 2026-10, was '" + month + "'");
		}
	}

	/** Whether the month has ended by today. */
	public boolean closed(YearMonth month) {
		return month.atEndOfMonth().isBefore(this.dates.today());
	}

	/**
	 * The region's result for the month: its snapshot if stored, else computed now. Empty for an unknown region.
	 *
	 * @param window months of the rolling window; null: the table's
	 */
	public Optional<MonitoringResult> result(String regionId, String month, Integer window) {
		var m = month(month);
		var region = this.queries.body(required("region", regionId));
		if (region.isEmpty()) {
			return Optional.empty();
		}
		int w = window(region.get().divisionCode(), m, window);
		var stored = this.snapshots.find(regionId, m.toString(), w);
		return Optional.of(mask(stored.orElseGet(() -> compute(regionId, m, w, () -> {
		}).orElseThrow())));
	}

	/**
	 * The indicators of a body for the month: from a stored snapshot in which it is ranked (or is the region), else
	 * computed now with the body as the region (its own facts and those of its parts).
	 */
	public Optional<MonitoringResult> resultFor(String bodyId, String month, Integer window) {
		var m = month(month);
		var body = this.queries.body(required("bodyId", bodyId));
		if (body.isEmpty()) {
			return Optional.empty();
		}
		int w = window(body.get().divisionCode(), m, window);
		var stored = this.snapshots.findContaining(bodyId, m.toString(), w);
		return Optional.of(mask(stored.orElseGet(() -> compute(bodyId, m, w, () -> {
		}).orElseThrow())));
	}

	/** Why a body ranked in the region (or the region itself) scored what it did; empty when it is not ranked there. */
	public Optional<Explanation> explain(String regionId, String bodyId, String month, Integer window) {
		required("bodyId", bodyId);
		return result(regionId, month, window).flatMap(result -> Optional.ofNullable(result.unit(bodyId))
			.map(unit -> Explanation.of(result, unit)));
	}

	/**
	 * Computes the region's month now, from the facts in the graph (nothing stored).
	 *
	 * @param progress told after each month of the series is counted ({@value MonitoringComputation#SERIES_MONTHS})
	 */
	Optional<MonitoringResult> compute(String regionId, YearMonth month, int window, Runnable progress) {
		var asOf = month.atEndOfMonth();
		var tree = this.queries.tree(regionId, asOf);
		if (tree.isEmpty()) {
			return Optional.empty();
		}
		var region = tree.values().iterator().next().body();
		var table = this.tables.inForce(region.divisionCode(), asOf);
		var from = MonitoringComputation.seriesStart(month).atEndOfMonth().plusDays(1).minusMonths(window);
		var facts = this.queries.facts(tree, asOf, from);
		return Optional.of(MonitoringComputation.compute(facts, table, month, window, this.dates.now(), progress));
	}

	/**
	 * Stores the month of a region, once, in the name of {@code actor} (the audit trail records it): a month that
	 * has not ended yet is refused, one already stored is left as it is.
	 */
	public Closing close(String regionId, YearMonth month, Integer window, Actor actor, Runnable progress) {
		if (!closed(month)) {
			throw new InvalidArgumentException("month", "month " + month + " has not ended yet (today is "
					+ this.dates.today() + "): only a closed month is stored");
		}
		var region = this.queries.body(required("region", regionId))
			.orElseThrow(() -> new InvalidArgumentException("region", "No body with id '" + regionId + "'"));
		int w = window(region.divisionCode(), month, window);
		var stored = this.snapshots.find(regionId, month.toString(), w);
		if (stored.isPresent()) {
			return new Closing(stored.get(), false);
		}
		var result = compute(regionId, month, w, progress).orElseThrow();
		boolean saved = this.snapshots.saveIfAbsent(result, actor);
		return new Closing(saved ? result.withStored(true) : this.snapshots.find(regionId, month.toString(), w).orElseThrow(),
				saved);
	}

	/** What {@link #close} did: the month's result, and whether this run stored it. */
	public record Closing(MonitoringResult result, boolean stored) {
	}

	private int window(String divisionCode, YearMonth month, Integer window) {
		if (window == null) {
			return this.tables.inForce(divisionCode, month.atEndOfMonth()).windowMonths();
		}
		if (window < 1 || window > 60) {
			throw new InvalidArgumentException("window", "window must be 1 to 60 months, was " + window);
		}
		return window;
	}

	/** Hides the record facts the caller may not see today (one query for all of them). */
	MonitoringResult mask(MonitoringResult result) {
		var ids = result.facts()
			.filter(fact -> "RECORD".equals(fact.type()) && fact.id() != null)
			.map(Fact::id)
			.distinct()
			.toList();
		if (ids.isEmpty()) {
			return result;
		}
		var today = this.dates.today();
		Map<String, Boolean> visible = new HashMap<>();
		this.reader.list("MATCH (r:Record) WHERE r.id IN $ids RETURN r", Map.of("ids", ids),
				row -> Entities.as(row.get("r"), Record.class))
			.forEach(record -> visible.put(record.id(), this.visibility.maySee(record, record.status(), today)));
		return result.withFacts(fact -> ("RECORD".equals(fact.type()) && !visible.getOrDefault(fact.id(), false))
				? fact.masked() : fact);
	}

	private static String required(String argument, String id) {
		if (id == null || id.isBlank()) {
			throw new InvalidArgumentException(argument, argument + " is required");
		}
		return id;
	}

	LocalDate today() {
		return this.dates.today();
	}

}
