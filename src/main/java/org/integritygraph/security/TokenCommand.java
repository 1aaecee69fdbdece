package org.integritygraph.security;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integritygraph.system.Command;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

/**
 * {@code token --role investigator|editor|admin [--subject NAME] [--bodies ID,ID] [--valid-for 8h]}: prints a
 * bearer token signed with the local key, to try each role of the embedded default
 * ({@code curl -H "Authorization: Bearer $(java -jar … token --role investigator)" …}). With an issuer's JWKS
 * configured there is no local key and the command refuses: tokens then come from the issuer.
 */
@Component
class TokenCommand implements Command {

	private static final Set<String> OPTIONS = Set.of("--role", "--subject", "--bodies", "--valid-for");

	private final TokenIssuer issuer;

	private final SecurityProperties properties;

	TokenCommand(TokenIssuer issuer, SecurityProperties properties) {
		this.issuer = issuer;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "token";
	}

	@Override
	public String usage() {
		return "--role investigator|editor|admin [--subject NAME] [--bodies ID,ID] [--valid-for 8h]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		var options = options(args, err);
		if (options == null) {
			return INVALID_INPUT;
		}
		if (!this.issuer.available()) {
			err.println("integrity.security.jwk-set-uri is set: tokens come from that issuer, not from this command.");
			return INVALID_INPUT;
		}
		var role = Role.named(options.get("--role"));
		if (role.isEmpty()) {
			err.println("--role must be one of investigator, editor, admin (the public needs no token)");
			return INVALID_INPUT;
		}
		Duration validity;
		try {
			validity = options.containsKey("--valid-for") ? DurationStyle.detectAndParse(options.get("--valid-for"))
					: this.properties.tokenValidity();
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			err.println("--valid-for is a duration such as 30m, 8h or 7d, was " + options.get("--valid-for"));
			return INVALID_INPUT;
		}
		var subject = options.getOrDefault("--subject", role.get().name().toLowerCase(java.util.Locale.ROOT));
		var bodies = options.containsKey("--bodies") ? Arrays.stream(options.get("--bodies").split(","))
			.map(String::strip)
			.filter(id -> !id.isEmpty())
			.toList() : List.<String>of();
		out.println(this.issuer.issue(role.get(), subject, bodies, validity));
		return OK;
	}

	/** {@code --name value} pairs; null (with the reason printed) for anything else. */
	private Map<String, String> options(List<String> args, PrintStream err) {
		var options = new HashMap<String, String>();
		var rest = new ArrayList<>(args);
		while (!rest.isEmpty()) {
			var name = rest.removeFirst();
			if (!OPTIONS.contains(name) || rest.isEmpty()) {
				err.println("Usage: token " + usage());
				return null;
			}
			options.put(name, rest.removeFirst());
		}
		if (!options.containsKey("--role")) {
			err.println("Usage: token " + usage());
			return null;
		}
		return options;
	}

}
