package org.integritygraph.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * The alias table: names a document may use for a body that no abbreviation rule explains
 * (市督查室 for 市人民政府督查室, 人行揭阳中心支行 for 中国人民银行揭阳市中心支行). The built-in table
 * ({@code document/unit-aliases.tsv}) holds general ones; a user file in the same format adds its own,
 * which are tried first.
 *
 * <p>Format: UTF-8, one alias a line, tab-separated: the unit as documents write it, the name of
 * the body it stands for (a 市/区/县 prefix is resolved within the issuing government's jurisdiction,
 * like the units themselves), and optionally the place the alias is valid in (揭阳市), for aliases
 * that only one government uses. Lines starting with {@code #} are comments.
 */
final class UnitAliases {

	static final String BUILT_IN = "document/unit-aliases.tsv";

	private final List<Alias> aliases;

	private UnitAliases(List<Alias> aliases) {
		this.aliases = List.copyOf(aliases);
	}

	/** The built-in table only. */
	static UnitAliases builtIn() {
		try {
			return new UnitAliases(parse(new ClassPathResource(BUILT_IN).getContentAsString(StandardCharsets.UTF_8),
					BUILT_IN));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + BUILT_IN, ex);
		}
	}

	/** The user's file, tried before the built-in table. */
	static UnitAliases withUserFile(Path file) throws IOException {
		var all = new ArrayList<>(parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
		all.addAll(builtIn().aliases);
		return new UnitAliases(all);
	}

	/** The names a unit (normal form) may stand for in a jurisdiction of these places, in table order. */
	List<String> targets(String normalName, List<String> places) {
		return this.aliases.stream()
			.filter(alias -> alias.alias().equals(normalName))
			.filter(alias -> alias.place() == null || places.contains(alias.place()))
			.map(Alias::target)
			.toList();
	}

	int size() {
		return this.aliases.size();
	}

	private static List<Alias> parse(String content, String source) {
		var aliases = new ArrayList<Alias>();
		var lines = content.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			var line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			var cells = line.split("\t");
			if (cells.length < 2 || cells[0].isBlank() || cells[1].isBlank()) {
				throw new IllegalArgumentException(
						"%s line %d: expected \"alias<TAB>body name[<TAB>place]\"".formatted(source, i + 1));
			}
			var place = (cells.length > 2 && !cells[2].isBlank()) ? UnitNames.normal(cells[2]) : null;
			aliases.add(new Alias(UnitNames.normal(cells[0]), UnitNames.normal(cells[1]), place));
		}
		return aliases;
	}

	private record Alias(String alias, String target, String place) {
	}

}
