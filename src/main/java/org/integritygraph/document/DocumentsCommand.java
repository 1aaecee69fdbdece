package org.integritygraph.document;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.integritygraph.system.Command;

import org.springframework.stereotype.Component;

/**
 * {@code documents import FILE… [--issuer BODY_ID] [--aliases FILE] [--create-provisional] [--dry-run]}:
 * imports policy documents (plain text, Markdown or HTML, UTF-8) with their tasks and the units
 * charged with them, and prints a review table per document.
 */
@Component
class DocumentsCommand implements Command {

	private final DocumentImporter importer;

	DocumentsCommand(DocumentImporter importer) {
		this.importer = importer;
	}

	@Override
	public String name() {
		return "documents";
	}

	@Override
	public String usage() {
		return "import FILE... [--issuer BODY_ID] [--aliases FILE] [--create-provisional] [--dry-run]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Arguments arguments;
		DocumentImporter.Options options;
		try {
			arguments = Arguments.parse(args);
			options = arguments.options();
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println("Usage: documents " + usage());
			return INVALID_INPUT;
		}
		catch (IOException ex) {
			err.println("Cannot read the alias file: " + ex.getMessage());
			return INVALID_INPUT;
		}
		int code = OK;
		for (var file : arguments.files()) {
			code = Math.max(code, importFile(file, options, out, err));
		}
		return code;
	}

	private int importFile(Path file, DocumentImporter.Options options, PrintStream out, PrintStream err) {
		String content;
		try {
			content = readUtf8(file);
		}
		catch (CharacterCodingException ex) {
			err.println(file + ": not valid UTF-8");
			return INVALID_INPUT;
		}
		catch (IOException ex) {
			err.println("Cannot read " + file + ": " + ex.getMessage());
			return INVALID_INPUT;
		}
		DocumentImport outcome;
		try {
			outcome = this.importer.importDocument(file.getFileName().toString(), content, options);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			return INVALID_INPUT;
		}
		out.print(ReviewTable.of(outcome));
		if (outcome.result() == null) {
			out.println("Dry run: nothing written.");
		}
		else if (!outcome.succeeded()) {
			outcome.result().errors().forEach(error -> err.println(error.message()));
			err.println("Import " + outcome.result().summary());
			return INVALID_INPUT;
		}
		else {
			out.println(changes(outcome.changes()));
			out.println("Imported: " + outcome.result().summary());
		}
		out.println();
		return OK;
	}

	private static String changes(DocumentChanges changes) {
		if (changes.isNew()) {
			return "Changes: new document.";
		}
		if (changes.none()) {
			return "Changes: none (the graph already holds this version).";
		}
		return "Changes:\n  " + String.join("\n  ", changes.lines());
	}

	private static String readUtf8(Path file) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var text = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/**
	 * The command's arguments, read in this one method (commands move to picocli later).
	 *
	 * @param files the documents
	 * @param issuerId {@code --issuer}: the issuing body, for the jurisdiction
	 * @param aliases {@code --aliases}: a user alias file
	 * @param createProvisional {@code --create-provisional}
	 * @param dryRun {@code --dry-run}
	 */
	record Arguments(List<Path> files, String issuerId, Path aliases, boolean createProvisional, boolean dryRun) {

		static Arguments parse(List<String> args) {
			if (args.isEmpty() || !args.getFirst().equals("import")) {
				throw new IllegalArgumentException("Unknown or missing sub-command" + (args.isEmpty() ? "" : " " + args.getFirst()));
			}
			var files = new ArrayList<Path>();
			String issuer = null;
			Path aliases = null;
			boolean provisional = false;
			boolean dryRun = false;
			for (int i = 1; i < args.size(); i++) {
				var arg = args.get(i);
				var inline = arg.startsWith("--") ? arg.indexOf('=') : -1;
				var name = (inline < 0) ? arg : arg.substring(0, inline);
				switch (name) {
					case "--create-provisional" -> provisional = true;
					case "--dry-run" -> dryRun = true;
					case "--issuer", "--aliases" -> {
						if (inline < 0 && i + 1 == args.size()) {
							throw new IllegalArgumentException("Missing value of " + name);
						}
						var value = (inline < 0) ? args.get(++i) : arg.substring(inline + 1);
						if (name.equals("--issuer")) {
							issuer = value;
						}
						else {
							aliases = Path.of(value);
						}
					}
					default -> {
						if (arg.startsWith("--")) {
							throw new IllegalArgumentException("Unknown option " + arg);
						}
						files.add(Path.of(arg));
					}
				}
			}
			if (files.isEmpty()) {
				throw new IllegalArgumentException("Missing FILE");
			}
			return new Arguments(files, issuer, aliases, provisional, dryRun);
		}

		DocumentImporter.Options options() throws IOException {
			var table = (this.aliases != null) ? UnitAliases.withUserFile(this.aliases) : UnitAliases.builtIn();
			return new DocumentImporter.Options(this.issuerId, table, this.createProvisional, this.dryRun);
		}

	}

}
