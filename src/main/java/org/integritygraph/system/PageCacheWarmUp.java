package org.integritygraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.io.pagecache.PageCache;
import org.neo4j.io.pagecache.PagedFile;
import org.neo4j.io.pagecache.context.CursorContext;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;

/**
 * Loads the embedded database's store and index files into its page cache, so that the first request to
 * reach any part of the graph reads memory, not the disk. After a restart the page cache is empty and the
 * operating system's file cache may be too: without this, the first search of a province waited a second
 * on random reads of the nodes it found, and every first call of a trace read its own pages from the disk.
 * (Neo4j Enterprise does the same with its page cache warm-up; this is that for the embedded database.)
 * <p>
 * The files are read in page order, smallest first, with the page cache's own vectored page faults, up to
 * {@link #SHARE} of the page cache, so that a store larger than the cache does not push out what requests
 * are reading. It runs among the warm-ups ({@link WarmUps}), on their background thread, after the request path's
 * and before the planning of the traces', and only reads.
 */
@Order(1)
final class PageCacheWarmUp implements WarmUp {

	private static final Logger log = LoggerFactory.getLogger(PageCacheWarmUp.class);

	/** The share of the page cache the warm-up may fill. */
	static final double SHARE = 0.8;

	/** Pages faulted in per call (about 1 MB). */
	private static final int CHUNK = 128;

	private final Supplier<DatabaseManagementService> dbms;

	/** @param dbms the started database (waited for) */
	PageCacheWarmUp(Supplier<DatabaseManagementService> dbms) {
		this.dbms = dbms;
	}

	@Override
	public Duration warmUp() {
		var begun = System.nanoTime();
		var megabytes = warm() >> 20;
		var took = Duration.ofNanos(System.nanoTime() - begun);
		log.info("Page cache warmed up: {} MB of store and index files in {} ms", megabytes, took.toMillis());
		return took;
	}

	/**
	 * Loads every database's files, up to {@link #SHARE} of the page cache.
	 * @return the bytes loaded
	 */
	long warm() {
		var dbms = this.dbms.get();
		long pages = 0;
		long bytes = 0;
		try {
			// one page cache serves the instance; each database sees the mappings of its own files in it
			for (var name : dbms.listDatabases()) {
				var pageCache = ((GraphDatabaseAPI) dbms.database(name)).getDependencyResolver()
					.resolveDependency(PageCache.class);
				long loaded = load(pageCache, (long) (pageCache.maxCachedPages() * SHARE) - pages);
				pages += loaded;
				bytes += loaded * pageCache.pageSize();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes;
	}

	/**
	 * Faults in the pages of every mapped file, smallest file first, up to {@code budget} pages.
	 * @return the number of pages touched
	 */
	static long load(PageCache pageCache, long budget) throws IOException {
		List<PagedFile> files = pageCache.listExistingMappings()
			.stream()
			.sorted(Comparator.comparingLong(PageCacheWarmUp::pages))
			.toList();
		long loaded = 0;
		for (var file : files) {
			long last = file.getLastPageId();
			for (long page = 0; page <= last && loaded < budget; page += CHUNK) {
				int count = (int) Math.min(CHUNK, Math.min(last - page + 1, budget - loaded));
				file.touch(page, count, CursorContext.NULL_CONTEXT);
				loaded += count;
			}
		}
		return loaded;
	}

	private static long pages(PagedFile file) {
		try {
			return file.getLastPageId() + 1;
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

}
