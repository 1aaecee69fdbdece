package org.integritygraph.system;

import java.time.Duration;

/**
 * Something the service does once it is ready so that the first requests of users are as fast as later ones
 * (planning queries, loading and linking the request path). Every warm-up bean runs on one background thread
 * after readiness, in their {@link org.springframework.core.annotation.Order order} ({@link WarmUps}). It only
 * reads.
 */
public interface WarmUp {

	/**
	 * Warms up now, in the caller's thread.
	 * @return how long it took; zero when there was nothing to warm (an empty graph)
	 */
	Duration warmUp();

}
