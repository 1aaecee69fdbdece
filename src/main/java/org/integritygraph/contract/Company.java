package org.integritygraph.contract;

import org.neo4j.driver.types.MapAccessor;

import static org.integritygraph.graph.Props.str;

/** 企业 / 社会资本: read model of a {@code :Company} node. */
public record Company(String id, String name, String nameEn, String uscc) {

	public static Company of(MapAccessor n) {
		return new Company(str(n, "id"), str(n, "name"), str(n, "nameEn"), str(n, "uscc"));
	}

}
