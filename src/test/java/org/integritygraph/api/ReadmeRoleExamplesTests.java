package org.integritygraph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.integritygraph.security.Role;
import org.integritygraph.security.TokenIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the curl examples of the README's "Roles, tokens and limits" section as written (only the port and the
 * tokens of {@code $INVESTIGATOR}, {@code $EDITOR}, {@code $ADMIN}, {@code $HOUSING_EDITOR} differ) and asserts the answer each states on
 * its {@code # →} line.
 */
@ApiTest
class ReadmeRoleExamplesTests {

	@LocalServerPort
	int port;

	@Autowired
	TokenIssuer issuer;

	@Test
	void everyCurlExampleOfTheRolesSection_answersWhatTheReadmeSays() throws Exception {
		var examples = examples();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
		for (var example : examples) {
			assertThat(run(example.command())).as(example.command()).isEqualTo(example.answer());
		}
	}

	private String run(String command) throws IOException, InterruptedException {
		var process = new ProcessBuilder("bash", "-c", command.replace("localhost:8080", "localhost:" + this.port))
			.redirectErrorStream(true);
		process.environment().put("INVESTIGATOR", token(Role.INVESTIGATOR));
		process.environment().put("EDITOR", token(Role.EDITOR));
		process.environment().put("ADMIN", token(Role.ADMIN));
		process.environment()
			.put("HOUSING_EDITOR", this.issuer.issue(Role.EDITOR, "readme-housing", List.of("bd-city-housing"),
					Duration.ofMinutes(10)));
		var started = process.start();
		assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
	}

	private String token(Role role) {
		return this.issuer.issue(role, "readme-" + role, List.of(), Duration.ofMinutes(10));
	}

	/** The {@code curl} lines of the section, each with the answer on the {@code # →} line after it. */
	private static List<Example> examples() throws IOException {
		var readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		var section = readme.substring(readme.indexOf("## Roles, tokens and limits"));
		section = section.substring(0, section.indexOf("\n## ", 5));
		var lines = section.lines().toList();
		var examples = new ArrayList<Example>();
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (lines.get(i).startsWith("curl ") && lines.get(i + 1).startsWith("# → ")) {
				examples.add(new Example(lines.get(i), lines.get(i + 1).substring("# → ".length())));
			}
		}
		return examples;
	}

	private record Example(String command, String answer) {
	}

}
