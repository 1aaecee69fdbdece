package org.integritygraph.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's section on the interchange formats runs as written, on the sample city, and prints what it shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "integrity.sample.enabled=false")
class InterchangeReadmeTests {

	static final String HEADING = "## Real-world formats (OCDS, CSV, FollowTheMoney)";

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		TestNeo4j.registerProperties(registry);
	}

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void readme_interchangeSection_commandsRunAndPrintTheLinesShown() throws IOException {
		TestNeo4j.resetGraph();
		TestNeo4j.load("sample/sample-city.jsonl");
		var runner = new CommandRunner(this.context);
		var section = readmeSection();
		var output = new StringBuilder();
		var commandLines = block(section, "bash");
		assertThat(commandLines).extracting(line -> line.split(" ")[3])
			.containsExactly("import-ocds", "import-csv", "export-ftm", "import-ftm");
		for (var line : commandLines) {
			var args = List.of(line.replace("java -jar target/integrity-graph-0.1.0-SNAPSHOT.jar ", "").split(" "));
			var code = runner.run(args.getFirst(), args.subList(1, args.size()).toArray(String[]::new));
			assertThat(code).as(line + "\n" + runner.err()).isZero();
			output.append(runner.out());
		}
		var lines = output.toString().lines().toList();
		block(section, "text").forEach(line -> assertThat(lines).contains(line));
		assertThat(Files.readString(Path.of("target/city.ftm.jsonl"))).contains("\"林木\"").doesNotContain("birthDate");
	}

	private static String readmeSection() throws IOException {
		var readme = Files.readString(Path.of("README.md"));
		var start = readme.indexOf("\n" + HEADING + "\n");
		assertThat(start).as(HEADING).isNotNegative();
		var end = readme.indexOf("\n## ", start + HEADING.length() + 1);
		return readme.substring(start, (end < 0) ? readme.length() : end);
	}

	/** The lines of the first fenced block of that language in the text. */
	private static List<String> block(String text, String language) {
		var start = text.indexOf("```" + language + "\n");
		assertThat(start).as("a ```" + language + " block").isNotNegative();
		var from = start + language.length() + 4;
		return text.substring(from, text.indexOf("\n```", from)).lines().toList();
	}

}
