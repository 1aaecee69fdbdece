package org.integritygraph.contract;

/** A party of a contract ({@code Body} or {@code Company}) with its role. */
record ContractParty(String role, Object party) {
}
