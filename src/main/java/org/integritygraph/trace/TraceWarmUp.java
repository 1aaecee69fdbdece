package org.integritygraph.trace;

import java.time.Duration;

import org.integritygraph.system.WarmUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Warms Neo4j's plan cache with every trace query once the application is ready ({@link WarmUp}, after the
 * request path): planning a trace query takes seconds on a busy machine, running it tens of milliseconds, and
 * without this the first user of each trace would wait for the planning. On an empty graph nothing is planned
 * (Neo4j plans again once data arrives).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 2)
public class TraceWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(TraceWarmUp.class);

	private final TraceService trace;

	TraceWarmUp(TraceService trace) {
		this.trace = trace;
	}

	/**
	 * Plans every trace query now (in the caller's thread) and says how long it took; zero when the graph is
	 * empty and nothing was planned.
	 */
	@Override
	public Duration warmUp() {
		long start = System.nanoTime();
		if (!this.trace.warmUp()) {
			log.info("Trace queries not planned: the graph is empty");
			return Duration.ZERO;
		}
		var took = Duration.ofNanos(System.nanoTime() - start);
		log.info("Trace queries planned in {} ms", took.toMillis());
		return took;
	}

}
