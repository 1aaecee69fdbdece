package org.integritygraph.system;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTest {

	@Test
	void migrationFiles_listsEveryMigrationOfTheFolderOnTheClassPath() {
		var files = SchemaMigrations.migrationFiles(List.of("classpath:graph-schema"));

		assertThat(files).extracting(URL::getPath)
			.anySatisfy(path -> assertThat(path).endsWith("graph-schema/V0001__Create_entity_id_constraint.cypher"))
			.allSatisfy(path -> assertThat(path).endsWith(".cypher"));
		assertThat(SchemaMigrations.migrationFiles(List.of("graph-schema"))).hasSameSizeAs(files).hasSizeGreaterThan(40);
	}

}
