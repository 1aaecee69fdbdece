package org.integritygraph.record;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.date;
import static org.integritygraph.graph.Props.str;

/**
 * 文件: read model of a {@code :Document} node.
 *
 * @param issuerName the issuer as the document names it (发文机关; issue #12)
 */
public record Document(String id, String docNo, String title, LocalDate issuedOn, String text, String url,
		String issuerName) {

	public static Document of(MapAccessor n) {
		return new Document(str(n, "id"), str(n, "docNo"), str(n, "title"), date(n, "issuedOn"), str(n, "text"),
				str(n, "url"), str(n, "issuerName"));
	}

}
