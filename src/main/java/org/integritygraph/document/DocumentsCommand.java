package org.integritygraph.document;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.integritygraph.system.ApplicationCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code documents import FILE… [--issuer BODY_ID] [--aliases FILE] [--create-provisional] [--dry-run]}:
 * imports policy documents (plain text, Markdown or HTML, UTF-8) with their tasks and the units
 * charged with them, and prints a review table per document.
 */
@Command(name = "documents", mixinStandardHelpOptions = true, subcommands = DocumentsCommand.Import.class,
		synopsisSubcommandLabel = "COMMAND",
		description = "Policy documents (政策文件): their tasks and the units charged with them.")
public class DocumentsCommand extends ApplicationCommand {

	@Override
	protected void check() {
		throw missingSubcommand();
	}

	@Override
	protected int run() {
		return INVALID_INPUT;
	}

	/** {@code documents import FILE…}. */
	@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
			description = { "Imports policy documents (plain text, Markdown or HTML, UTF-8, simplified or traditional "
					+ "characters) with their tasks and the units charged with them, and prints a review table per "
					+ "document. Importing a document again records what changed.",
					"Exit codes: 0 imported, 1 invalid input, 2 could not run." })
	public static class Import extends ApplicationCommand {

		@Parameters(arity = "1..*", paramLabel = "FILE", description = "the documents")
		List<Path> files;

		@Option(names = "--issuer", paramLabel = "BODY_ID",
				description = "the issuing body, when the graph does not know it by the name the document signs with")
		String issuerId;

		@Option(names = "--aliases", paramLabel = "FILE",
				description = "your alias table (a TSV file, see the README), tried before the built-in one")
		Path aliases;

		@Option(names = "--create-provisional",
				description = "an unresolved unit becomes a provisional body instead of being linked to nothing")
		boolean createProvisional;

		@Option(names = "--dry-run", description = "print the review tables, write nothing")
		boolean dryRun;

		private DocumentImporter.Options options;

		@Override
		protected void check() {
			this.files.forEach(this::checkReadable);
			if (this.aliases != null) {
				checkReadable(this.aliases);
			}
			try {
				var table = (this.aliases != null) ? UnitAliases.withUserFile(this.aliases) : UnitAliases.builtIn();
				this.options = new DocumentImporter.Options(this.issuerId, table, this.createProvisional, this.dryRun);
			}
			catch (IOException ex) {
				throw rejected("Cannot read the alias file: " + ex.getMessage());
			}
			catch (IllegalArgumentException ex) {
				throw rejected(ex.getMessage());
			}
		}

		@Override
		protected int run() {
			var importer = bean(DocumentImporter.class);
			int code = OK;
			for (var file : this.files) {
				code = Math.max(code, importFile(importer, file));
			}
			return code;
		}

		private int importFile(DocumentImporter importer, Path file) {
			String content;
			try {
				content = readUtf8(file);
			}
			catch (CharacterCodingException ex) {
				err().println(file + ": not valid UTF-8");
				return INVALID_INPUT;
			}
			catch (IOException ex) {
				err().println("Cannot read " + file + ": " + ex.getMessage());
				return INVALID_INPUT;
			}
			DocumentImport outcome;
			try {
				outcome = importer.importDocument(file.getFileName().toString(), content, this.options);
			}
			catch (IllegalArgumentException ex) {
				err().println(ex.getMessage());
				return INVALID_INPUT;
			}
			out().print(ReviewTable.of(outcome));
			if (outcome.result() == null) {
				out().println("Dry run: nothing written.");
			}
			else if (!outcome.succeeded()) {
				outcome.result().errors().forEach(error -> err().println(error.message()));
				err().println("Import " + outcome.result().summary());
				return INVALID_INPUT;
			}
			else {
				out().println(changes(outcome.changes()));
				out().println("Imported: " + outcome.result().summary());
			}
			out().println();
			return OK;
		}

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

}
