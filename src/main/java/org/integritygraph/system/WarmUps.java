package org.integritygraph.system;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} once the application is ready, one after the other on a thread of its own, so
 * that it never delays readiness; a request made meanwhile is answered as without it. A warm-up that fails is
 * logged and the next one runs. {@code integrity.warm-up=false} turns them all off (the commands do).
 */
@Component
public class WarmUps {

	private static final Logger log = LoggerFactory.getLogger(WarmUps.class);

	/** What the log says when the warm-ups are over (a benchmark waits for it before a first call). */
	public static final String DONE = "Warm-ups done";

	private final List<WarmUp> warmUps;

	private final boolean enabled;

	private final CompletableFuture<Duration> done = new CompletableFuture<>();

	/** @param warmUps in their order */
	WarmUps(List<WarmUp> warmUps, @Value("${integrity.warm-up:true}") boolean enabled) {
		this.warmUps = List.copyOf(warmUps);
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		if (!this.enabled) {
			this.done.cancel(false);
			return;
		}
		Thread.ofPlatform().daemon().name("warm-up").start(() -> {
			var took = warmUp();
			log.info("{} in {} ms", DONE, took.toMillis());
			this.done.complete(took);
		});
	}

	/** Runs every warm-up now, in the caller's thread, and says how long they took together. */
	Duration warmUp() {
		var total = Duration.ZERO;
		for (var warmUp : this.warmUps) {
			try {
				total = total.plus(warmUp.warmUp());
			}
			catch (RuntimeException ex) {
				log.warn("{} failed; the first requests will be slower: {}", warmUp.getClass().getSimpleName(),
						ex.getMessage());
			}
		}
		return total;
	}

	/**
	 * The warm-ups started when the application became ready: completes with their total duration (zero when
	 * there was nothing to warm), cancelled when they are turned off.
	 */
	public CompletableFuture<Duration> done() {
		return this.done;
	}

}
