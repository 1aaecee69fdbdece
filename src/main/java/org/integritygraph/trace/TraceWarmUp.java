package org.integritygraph.trace;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms Neo4j's plan cache with every trace query once the application is ready, on a thread of its own, so
 * that it never delays readiness: planning a trace query takes seconds on a busy machine, running it tens of
 * milliseconds, and without this the first user of each trace would wait for the planning. A trace asked for
 * while the warm-up runs is answered as without it. On an empty graph nothing is planned (Neo4j plans again
 * once data arrives). {@code integrity.trace.warm-up=false} turns it off.
 */
@Component
public class TraceWarmUp {

	private static final Logger log = LoggerFactory.getLogger(TraceWarmUp.class);

	private final TraceService trace;

	private final boolean enabled;

	private final CompletableFuture<Duration> done = new CompletableFuture<>();

	TraceWarmUp(TraceService trace, @Value("${integrity.trace.warm-up:true}") boolean enabled) {
		this.trace = trace;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!this.enabled) {
			this.done.cancel(false);
			return;
		}
		Thread.ofPlatform().daemon().name("trace-warm-up").start(() -> {
			try {
				this.done.complete(warmUp());
			}
			catch (RuntimeException ex) {
				log.warn("Warming up the trace queries failed; the first traces will plan their queries: {}",
						ex.getMessage());
				this.done.completeExceptionally(ex);
			}
		});
	}

	/**
	 * Plans every trace query now (in the caller's thread) and says how long it took; zero when the graph is
	 * empty and nothing was planned.
	 */
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

	/**
	 * The warm-up started when the application became ready: completes with its duration, exceptionally when it
	 * failed, cancelled when it is turned off.
	 */
	public CompletableFuture<Duration> done() {
		return this.done;
	}

}
