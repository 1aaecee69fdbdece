package org.integritygraph.security;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.integritygraph.system.ApplicationCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.boot.convert.DurationStyle;

/**
 * {@code token --role investigator|editor|auditor|admin [--subject NAME] [--bodies ID,ID] [--valid-for 8h]}: prints a
 * bearer token signed with the local key, to try each role of the embedded default
 * ({@code curl -H "Authorization: Bearer $(java -jar … token --role investigator)" …}). It reads the
 * configuration only — no database starts — so it runs beside the service. With an issuer's JWKS configured
 * there is no local key and the command refuses: tokens then come from the issuer.
 */
@Command(name = "token", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Prints a bearer token signed with the local key, for a role of the embedded default "
				+ "(the public needs no token). Runs beside the service: no database starts.",
				"Exit codes: 0 printed, 1 invalid input." })
public class TokenCommand extends ApplicationCommand {

	@Option(names = "--role", required = true, paramLabel = "investigator|editor|auditor|admin",
			description = "the role the token carries")
	String roleName;

	@Option(names = "--subject", paramLabel = "NAME", description = "who the token is for (default: the role's name)")
	String subject;

	@Option(names = "--bodies", paramLabel = "ID,ID", split = ",",
			description = "the bodies an editor writes for (ids, comma-separated): the editor changes only what they and the bodies under them answer for")
	List<String> bodies = List.of();

	@Option(names = "--valid-for", paramLabel = "DURATION",
			description = "how long the token is valid, e.g. 30m, 8h, 7d (default: integrity.security.token-validity)")
	String validFor;

	private Role role;

	private Duration validity;

	@Override
	protected void check() {
		this.role = Role.named(this.roleName)
			.orElseThrow(() -> invalid("--role must be one of investigator, editor, auditor, admin (the public needs no token)"));
		if (this.validFor != null) {
			try {
				this.validity = DurationStyle.detectAndParse(this.validFor);
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				throw invalid("--valid-for is a duration such as 30m, 8h or 7d, was " + this.validFor);
			}
		}
	}

	@Override
	protected int run() {
		var properties = configuration(SecurityProperties.class);
		var issuer = new TokenIssuer(properties);
		if (!issuer.available()) {
			err().println("integrity.security.jwk-set-uri is set: tokens come from that issuer, not from this command.");
			return INVALID_INPUT;
		}
		var bodyIds = this.bodies.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
		out().println(issuer.issue(this.role, (this.subject != null) ? this.subject
				: this.role.name().toLowerCase(Locale.ROOT), bodyIds,
				(this.validity != null) ? this.validity : properties.tokenValidity()));
		return OK;
	}

}
