package org.integritygraph.system;

import java.io.IOException;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.io.pagecache.PageCache;
import org.neo4j.io.pagecache.PagedFile;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import static org.assertj.core.api.Assertions.assertThat;

/** The page cache warm-up reads every file of every database, within its share of the page cache. */
class PageCacheWarmUpTest {

	@Test
	void loadsEveryPageOfEveryDatabasesFiles() throws IOException {
		TestNeo4j.applyMigrations();
		var dbms = TestNeo4j.databaseManagementService();
		long pages = 0;
		long pageSize = 0;
		for (var name : dbms.listDatabases()) {
			var pageCache = pageCache(name);
			pageSize = pageCache.pageSize();
			for (PagedFile file : pageCache.listExistingMappings()) {
				pages += file.getLastPageId() + 1;
			}
		}
		var budget = (long) (pageCache(TestNeo4j.DATABASE).maxCachedPages() * PageCacheWarmUp.SHARE);
		assertThat(pages).as("the store and its indexes, system database included").isGreaterThan(10);

		var warmUp = new PageCacheWarmUp(TestNeo4j::databaseManagementService);
		assertThat(warmUp.warm()).isEqualTo(Math.min(pages, budget) * pageSize);
	}

	@Test
	void stopsAtItsBudget() throws IOException {
		TestNeo4j.applyMigrations();
		assertThat(PageCacheWarmUp.load(pageCache(TestNeo4j.DATABASE), 3)).isEqualTo(3);
		assertThat(PageCacheWarmUp.load(pageCache(TestNeo4j.DATABASE), 0)).isZero();
	}

	private static PageCache pageCache(String database) {
		return ((GraphDatabaseAPI) TestNeo4j.databaseManagementService().database(database)).getDependencyResolver()
			.resolveDependency(PageCache.class);
	}

}
