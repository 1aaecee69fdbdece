package org.integritygraph.audit;

import java.time.OffsetDateTime;

/** The filters of {@code auditLog}; null ones do not filter. */
public record AuditFilter(String actor, String operation, String channel, String entityId, OffsetDateTime from,
		OffsetDateTime to) {

	static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

}
