package org.integritygraph.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.integritygraph.api.ApiTest;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.system.Command;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code token} command issues a token the running service accepts for the role; bad arguments are refused. */
@ApiTest
class TokenCommandTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void issuesATokenForTheRole_thatTheServiceAccepts() {
		assertThat(run("--role", "investigator", "--subject", "审计-张三", "--valid-for", "10m")).isEqualTo(Command.OK);
		var token = this.out.toString(StandardCharsets.UTF_8).strip();
		var asInvestigator = new GraphQlClient(this.port).withToken(token)
			.post("{ record(id: \"rc-cheng-hao-accountability\") { status } }");
		assertThat(asInvestigator.<String>read("$.data.record.status")).isEqualTo("EXPIRED");
		var asPublic = new GraphQlClient(this.port).post("{ record(id: \"rc-cheng-hao-accountability\") { status } }");
		assertThat(asPublic.<Object>read("$.data.record")).isNull();
	}

	@Test
	void badArguments_areRefusedWithTheUsage() {
		assertThat(run("--role", "public")).isEqualTo(Command.INVALID_INPUT);
		assertThat(run("--role", "investigator", "--valid-for", "soon")).isEqualTo(Command.INVALID_INPUT);
		assertThat(run()).isEqualTo(Command.INVALID_INPUT);
		assertThat(run("--role")).isEqualTo(Command.INVALID_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--role must be one of investigator, editor, admin",
				"--valid-for is a duration", "Usage: token --role");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	private int run(String... args) {
		var command = this.context.getBeansOfType(Command.class)
			.values()
			.stream()
			.filter(candidate -> candidate.name().equals("token"))
			.findFirst()
			.orElseThrow();
		return command.run(List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
