package org.integritygraph.ingest;

import java.util.Optional;

import org.integritygraph.graph.Database;
import org.integritygraph.support.TestNeo4j;
import org.integritygraph.system.SchemaMigrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SampleDataLoaderTest {

	private static final String PACKAGED_SAMPLE = "classpath:sample/sample-city.jsonl";

	@BeforeEach
	void emptyGraph() {
		TestNeo4j.resetGraph();
	}

	@Test
	void loadIfEmpty_loadsThePackagedSampleIntoAnEmptyGraph() {
		var result = loader(true, PACKAGED_SAMPLE).loadIfEmpty();

		assertThat(result).hasValueSatisfying(loaded -> {
			assertThat(loaded.errors()).isEmpty();
			assertThat(loaded.nodesCreated()).isPositive();
			assertThat(TestNeo4j.snapshot().nodes()).isEqualTo(loaded.nodesCreated());
			assertThat(TestNeo4j.snapshot().relationships()).isEqualTo(loaded.relationshipsCreated());
		});
	}

	@Test
	void loadIfEmpty_loadsNothingWhenTheGraphHasData() {
		loader(true, PACKAGED_SAMPLE).loadIfEmpty();
		var afterFirstStart = TestNeo4j.snapshot();

		var second = loader(true, PACKAGED_SAMPLE).loadIfEmpty();

		assertThat(second).isEmpty();
		assertThat(TestNeo4j.snapshot()).isEqualTo(afterFirstStart);
	}

	@Test
	void loadIfEmpty_leavesAnyGraphWithAnEntityAlone() {
		TestNeo4j.load("ingest/repeated-lines.jsonl");

		assertThat(loader(true, PACKAGED_SAMPLE).loadIfEmpty()).isEmpty();
		assertThat(TestNeo4j.snapshot().nodes()).isEqualTo(2);
	}

	@Test
	void loadIfEmpty_doesNothingWhenDisabled() {
		assertThat(loader(false, PACKAGED_SAMPLE).loadIfEmpty()).isEqualTo(Optional.empty());
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	@Test
	void loadIfEmpty_loadsAConfiguredResource() {
		var result = loader(true, "classpath:ingest/valid-city.jsonl").loadIfEmpty();

		assertThat(result).get().extracting(ImportResult::nodesCreated, ImportResult::relationshipsCreated)
			.containsExactly(18, 29);
	}

	@Test
	void loadIfEmpty_failsTheStartOnAnInvalidSample() {
		var loader = loader(true, "classpath:ingest/errors.jsonl");

		assertThatIllegalStateException().isThrownBy(loader::loadIfEmpty)
			.withMessageStartingWith("Sample data classpath:ingest/errors.jsonl is invalid:")
			.withMessageContaining("line 3: unknown label \"Agency\"");
		assertThat(TestNeo4j.snapshot().nodes()).isZero();
	}

	private static SampleDataLoader loader(boolean enabled, String resource) {
		var database = Database.named(TestNeo4j.DATABASE);
		return new SampleDataLoader(new SampleProperties(enabled, resource),
				new JsonlImporter(TestNeo4j.driver(), database), new DefaultResourceLoader(), TestNeo4j.driver(),
				database, new SchemaMigrations(TestNeo4j.driver(), database));
	}

}
