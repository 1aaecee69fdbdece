package org.integritygraph.commitment;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.dbl;
import static org.integritygraph.graph.Props.str;

/** 承诺: read model of a {@code :Commitment} node. */
public record Commitment(String id, String title, String text, String kind, String status, LocalDate madeOn,
		LocalDate dueOn, Double amount, String currency) {

	public static Commitment of(MapAccessor n) {
		return new Commitment(str(n, "id"), str(n, "title"), str(n, "text"), str(n, "kind"), str(n, "status"),
				date(n, "madeOn"), date(n, "dueOn"), dbl(n, "amount"), str(n, "currency"));
	}

}
