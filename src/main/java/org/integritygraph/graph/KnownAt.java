package org.integritygraph.graph;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.context.ContextRegistry;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * The recorded time a read answers as of (bitemporal reads, {@code knownAt}): within a {@link Scope}, every
 * query of {@link GraphReader} answers from the facts as the system had recorded them at that instant, so
 * that a trace or report reads as it would have been printed then. Outside one, reads answer from the facts
 * as recorded now.
 * <p>
 * A scope lasts one request (a GraphQL query, a report download): its queries run, one after the other, in
 * one write transaction that is rewound once to the recorded time on first use and rolled back when the
 * scope closes. The scope is held per thread and carried to the threads of a GraphQL request (as the value
 * under {@link #CONTEXT_KEY} of the request's GraphQL context).
 */
public final class KnownAt {

	/** The key of the scope in a GraphQL context. */
	public static final String CONTEXT_KEY = "integrity.knownAt";

	private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(CONTEXT_KEY, CURRENT::get, CURRENT::set, CURRENT::remove);
	}

	private KnownAt() {
	}

	/** The recorded time the reads of this thread answer as of, empty for "now". */
	public static Optional<OffsetDateTime> current() {
		return scope().map(Scope::at);
	}

	static Optional<Scope> scope() {
		return Optional.ofNullable(CURRENT.get());
	}

	/** Runs {@code reads} as of the recorded time {@code knownAt} (null: as of now), in one scope. */
	public static <T> T call(OffsetDateTime knownAt, Supplier<T> reads) {
		if (knownAt == null) {
			return reads.get();
		}
		var outer = CURRENT.get();
		try (var scope = new Scope(knownAt)) {
			CURRENT.set(scope);
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

	/**
	 * The reads of one request as of a recorded time: the rewound transaction they share, opened by the
	 * first read and rolled back on {@link #close()}. Reads of several threads take turns.
	 */
	public static final class Scope implements AutoCloseable {

		private final OffsetDateTime at;

		private final ReentrantLock lock = new ReentrantLock();

		private Session session;

		private Transaction transaction;

		private boolean closed;

		public Scope(OffsetDateTime at) {
			this.at = at;
		}

		public OffsetDateTime at() {
			return this.at;
		}

		/** Runs {@code work} in the scope's transaction, opening and rewinding it with {@code open} first. */
		<T> T inTransaction(Function<Scope, Transaction> open, Function<Transaction, T> work) {
			this.lock.lock();
			try {
				if (this.closed) {
					throw new IllegalStateException("The reads as of " + this.at + " have ended");
				}
				if (this.transaction == null) {
					this.transaction = open.apply(this);
				}
				return work.apply(this.transaction);
			}
			finally {
				this.lock.unlock();
			}
		}

		void opened(Session session) {
			this.session = session;
		}

		/** Rolls back what the rewind undid and ends the transaction. */
		@Override
		public void close() {
			this.lock.lock();
			try {
				this.closed = true;
				if (this.transaction != null) {
					this.transaction.rollback();
					this.transaction.close();
				}
				if (this.session != null) {
					this.session.close();
				}
			}
			finally {
				this.transaction = null;
				this.session = null;
				this.lock.unlock();
			}
		}

	}

}
