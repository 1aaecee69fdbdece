package org.integritygraph.contract;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.dbl;
import static org.integritygraph.graph.Props.str;

/** 合同: read model of a {@code :Contract} node. */
public record Contract(String id, String title, String kind, Double value, String currency, LocalDate signedOn,
		LocalDate validFrom, LocalDate validTo) {

	public static Contract of(MapAccessor n) {
		return new Contract(str(n, "id"), str(n, "title"), str(n, "kind"), dbl(n, "value"), str(n, "currency"),
				date(n, "signedOn"), date(n, "validFrom"), date(n, "validTo"));
	}

}
