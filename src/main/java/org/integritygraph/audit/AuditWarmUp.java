package org.integritygraph.audit;

import java.time.Duration;

import org.integritygraph.graph.Dates;
import org.integritygraph.graph.Viewer;
import org.integritygraph.system.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Plans the audit trail's reads (the log, history, an entry's changes, the change feed) once the application is
 * ready ({@link WarmUp}, after the request path and the traces), so that an auditor's first page of the feed
 * does not wait for Neo4j to plan it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class AuditWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(AuditWarmUp.class);

	private final AuditLog audit;

	private final Dates dates;

	AuditWarmUp(AuditLog audit, Dates dates) {
		this.audit = audit;
		this.dates = dates;
	}

	@Override
	public Duration warmUp() {
		long start = System.nanoTime();
		var planned = this.audit.plan(Viewer.internal(this.dates.today(), null));
		var took = Duration.ofNanos(System.nanoTime() - start);
		log.info("Audit trail reads planned in {} ms ({} reads)", took.toMillis(), planned);
		return took;
	}

}
