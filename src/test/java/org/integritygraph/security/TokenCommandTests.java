package org.integritygraph.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.integritygraph.IntegrityGraphApplication;
import org.integritygraph.api.ApiTest;
import org.integritygraph.api.GraphQlClient;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code token} command issues a token the running service accepts for the role; bad arguments are refused. */
@ApiTest
class TokenCommandTests {

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void issuesATokenForTheRole_thatTheServiceAccepts() {
		assertThat(run("--role", "investigator", "--subject", "审计-张三", "--valid-for", "10m")).isEqualTo(ApplicationCommand.OK);
		var token = this.out.toString(StandardCharsets.UTF_8).strip();
		var asInvestigator = new GraphQlClient(this.port).withToken(token)
			.post("{ record(id: \"rc-cheng-hao-accountability\") { status } }");
		assertThat(asInvestigator.<String>read("$.data.record.status")).isEqualTo("EXPIRED");
		var asPublic = new GraphQlClient(this.port).post("{ record(id: \"rc-cheng-hao-accountability\") { status } }");
		assertThat(asPublic.<Object>read("$.data.record")).isNull();
	}

	@Test
	void badArguments_areRefusedWithTheUsage() {
		assertThat(run("--role", "public")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(run("--role", "investigator", "--valid-for", "soon")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(run()).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(run("--role")).isEqualTo(ApplicationCommand.INVALID_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--role must be one of investigator, editor, auditor, admin",
				"--valid-for is a duration", "Missing required option: '--role=investigator|editor|auditor|admin'",
				"Usage: integrity-graph token [-hV] --role=investigator|editor|auditor|admin");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void readsOnlyTheConfiguration_noDatabaseStarts_soItRunsBesideTheService(@TempDir Path folder) throws Exception {
		var data = folder.resolve("data");
		var key = folder.resolve("key");
		var commands = new Commands(IntegrityGraphApplication.class, "--integrity.embedded.data-directory=" + data,
				"--integrity.security.local-key-file=" + key, "--NEO4J_URI=bolt://127.0.0.1:1");

		var code = commands.execute(IntegrityGraphApplication.commands(),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8), "token", "--role", "admin");

		assertThat(code).as(this.err.toString(StandardCharsets.UTF_8)).isEqualTo(ApplicationCommand.OK);
		var token = com.nimbusds.jwt.SignedJWT.parse(this.out.toString(StandardCharsets.UTF_8).strip());
		assertThat(token.verify(new com.nimbusds.jose.crypto.MACVerifier(LocalSigningKey.load(key)))).isTrue();
		assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("admin");
		assertThat(data).doesNotExist();
	}

	/** {@code token args…} as the jar runs it, on this test's application. */
	private int run(String... args) {
		var line = new String[args.length + 1];
		line[0] = "token";
		System.arraycopy(args, 0, line, 1, args.length);
		return Commands.on(this.context)
			.execute(IntegrityGraphApplication.commands(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
					new PrintStream(this.err, true, StandardCharsets.UTF_8), line);
	}

}
