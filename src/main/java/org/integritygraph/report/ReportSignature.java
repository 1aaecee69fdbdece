package org.integritygraph.report;

import java.time.LocalDate;

/** A person's signature for the government side, with its date when known. */
public record ReportSignature(Ref person, LocalDate on) {
}
