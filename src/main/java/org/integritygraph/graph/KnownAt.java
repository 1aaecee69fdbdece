package org.integritygraph.graph;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.context.ContextRegistry;

/**
 * The recorded time a read answers as of (bitemporal reads, {@code knownAt}): when set, every query of
 * {@link GraphReader} answers from the facts as the system had recorded them at that instant, so that a
 * trace or report reads as it would have been printed then. Unset, reads answer from the facts as recorded
 * now. It is held per thread for the duration of one request and carried to the threads of a GraphQL
 * request (its value in the request's GraphQL context under {@link #CONTEXT_KEY}).
 */
public final class KnownAt {

	/** The key of the value in a GraphQL context. */
	public static final String CONTEXT_KEY = "integrity.knownAt";

	private static final ThreadLocal<OffsetDateTime> CURRENT = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(CONTEXT_KEY, CURRENT::get, CURRENT::set, CURRENT::remove);
	}

	private KnownAt() {
	}

	/** The recorded time the reads of this thread answer as of, empty for "now". */
	public static Optional<OffsetDateTime> current() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** Runs {@code reads} as of the recorded time {@code knownAt} (null: as of now). */
	public static <T> T call(OffsetDateTime knownAt, Supplier<T> reads) {
		var outer = CURRENT.get();
		CURRENT.set(knownAt);
		try {
			return reads.get();
		}
		finally {
			if (outer != null) {
				CURRENT.set(outer);
			}
			else {
				CURRENT.remove();
			}
		}
	}

	/** Makes sure the value is carried across threads; called once by the reader at start-up. */
	static void register() {
		// the static initialiser registers the accessor
	}

}
