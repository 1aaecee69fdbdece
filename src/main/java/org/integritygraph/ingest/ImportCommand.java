package org.integritygraph.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.integritygraph.security.Actor;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.EmbeddedNeo4jProperties;
import org.integritygraph.system.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import --file <file.jsonl> [--batch-size N] [--resume] [--checkpoint FILE]}: imports a JSON Lines
 * file into the graph in one streaming pass, with a progress bar, a checkpoint after every committed batch
 * and {@code --resume} after an interruption. {@code import --file <file.jsonl> --bulk}: the first load of an
 * empty embedded database, through Neo4j's bulk importer ({@link BulkLoad}).
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Imports a JSON Lines file (docs/import-format.md) into the graph: each line is validated "
				+ "and written in batches, one transaction each. A bad line is reported as 'line N: reason' and "
				+ "nothing of its batch is written. Importing the same file again changes nothing.",
				"Exit codes: 0 imported, 1 invalid input, 2 could not run." })
public class ImportCommand extends ApplicationCommand {

	@Option(names = "--file", required = true, paramLabel = "FILE", description = "the JSON Lines file (UTF-8)")
	Path file;

	@Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + ImportOptions.DEFAULT_BATCH_SIZE,
			description = "lines per transaction (default: ${DEFAULT-VALUE})")
	int batchSize;

	@Option(names = "--resume",
			description = "continue after the last batch the checkpoint records (the file may have been "
					+ "corrected after that line)")
	boolean resume;

	@Option(names = "--checkpoint", paramLabel = "FILE",
			description = "where each committed batch is recorded (default: FILE.checkpoint next to the file; "
					+ "removed when the import completes)")
	Path checkpoint;

	@Option(names = "--no-progress", description = "no progress bar or progress lines")
	boolean quiet;

	@Option(names = "--bulk",
			description = "first load into an empty embedded database through Neo4j's bulk importer (much faster; "
					+ "each node and relationship given once; not with NEO4J_URI)")
	boolean bulk;

	@Override
	protected void check() {
		if (this.batchSize < 1) {
			throw invalid("--batch-size must be a positive whole number, not " + this.batchSize);
		}
		checkReadable(this.file);
		if (this.bulk && (this.resume || this.checkpoint != null)) {
			throw invalid("--bulk loads the whole file or nothing: it has no --resume or --checkpoint");
		}
	}

	@Override
	protected int run() throws Exception {
		return this.bulk ? bulkLoad() : importInBatches();
	}

	/**
	 * The bulk load: checks that the embedded database is empty, validates the file and loads it before the
	 * database starts, then starts the database alone (its schema migrations build the constraints and indexes)
	 * and waits until every index is online.
	 */
	private int bulkLoad() throws Exception {
		if (!embeddedDatabase()) {
			throw rejected("--bulk loads the embedded database; for a Neo4j server use its own bulk importer "
					+ "(neo4j-admin database import full) or import without --bulk");
		}
		var embedded = configuration(EmbeddedNeo4jProperties.class);
		var dataDirectory = embedded.dataDirectory().toAbsolutePath();
		var database = Optional.ofNullable(property("spring.data.neo4j.database"))
			.filter(name -> !name.isBlank())
			.orElse("neo4j");
		if (!BulkLoad.isEmpty(dataDirectory, database)) {
			throw rejected("--bulk needs an empty database, and " + dataDirectory + " holds one: import without "
					+ "--bulk to add to it, or point INTEGRITY_DATA_DIR at a new folder");
		}
		// the database starts only after the load, to build its schema: a missing settings file is refused first
		embedded.configFileMissing().ifPresent(missing -> {
			throw rejected(missing);
		});
		var actor = Actor.of(Actor.Channel.COMMAND, name(), this.file.toAbsolutePath().normalize().toString());
		var progress = this.quiet ? null
				: Progress.start("Validate", "MB", 1 << 20, size(this.file), out(), interactive());
		var open = new boolean[] { progress != null };
		Runnable validated = () -> {
			if (open[0]) {
				open[0] = false;
				progress.close();
			}
		};
		ImportProgress listener = (lines, bytes) -> {
			if (open[0]) {
				progress.stepTo(bytes, String.format(Locale.ROOT, "%,d lines", lines));
			}
		};
		BulkLoad.Result result;
		try {
			result = BulkLoad.load(this.file, dataDirectory, database, actor, listener, validated,
					this.quiet ? new PrintStream(OutputStream.nullOutputStream()) : out());
		}
		finally {
			validated.run();
		}
		if (!result.succeeded()) {
			result.errors().forEach(error -> err().println(error.message()));
			err().printf(Locale.ROOT, "Nothing loaded: %d bad line(s) in %,d lines%n", result.errors().size(),
					result.lines());
			return INVALID_INPUT;
		}
		var started = System.nanoTime();
		var indexes = this.quiet ? null : Progress.start("Indexes", "%", 1, 100, out(), interactive());
		try {
			BulkLoad.buildSchema(dataDirectory, embedded.configFile(), database, percent -> {
				if (indexes != null) {
					indexes.stepTo(Math.round(percent), "populated");
				}
			});
		}
		finally {
			if (indexes != null) {
				indexes.close();
			}
		}
		var indexed = (System.nanoTime() - started) / 1e9;
		var total = result.validateSeconds() + result.loadSeconds() + indexed;
		out().printf(Locale.ROOT, "Loaded: %,d lines: %,d nodes, %,d relationships, %,d audit entries%n",
				result.lines(), result.nodes(), result.relationships(), result.auditEntries());
		out().printf(Locale.ROOT, "in %.1f s (%,.0f lines/s): validated and written as CSV %.1f s, bulk-loaded %.1f s, "
				+ "database started with its constraints and indexes built %.1f s%n", total, result.lines() / total,
				result.validateSeconds(), result.loadSeconds(), indexed);
		return OK;
	}

	private int importInBatches() {
		var checkpointFile = (this.checkpoint != null) ? this.checkpoint : Checkpoint.defaultFile(this.file);
		var size = size(this.file);
		var importer = bean(JsonlImporter.class);
		ImportResult result;
		var importStarted = System.nanoTime();
		try (var progress = this.quiet ? null : Progress.start("Import", "MB", 1 << 20, size, out(), interactive())) {
			var started = new long[] { System.nanoTime() };
			var first = new long[] { -1 };
			ImportProgress listener = (lines, bytes) -> {
				if (progress == null) {
					return;
				}
				if (first[0] < 0) {
					first[0] = lines;
				}
				var seconds = Math.max(1e-9, (System.nanoTime() - started[0]) / 1e9);
				progress.stepTo(bytes, String.format(Locale.ROOT, "%,d lines, %,.0f lines/s", lines,
						(lines - first[0]) / seconds));
			};
			result = importer.importFile(this.file,
					new ImportOptions(this.batchSize, checkpointFile, this.resume, listener)
						.as(Actor.of(Actor.Channel.COMMAND, name(), this.file.toAbsolutePath().normalize().toString())));
		}
		catch (CannotResumeException ex) {
			err().println(ex.getMessage());
			return INVALID_INPUT;
		}
		if (result.succeeded()) {
			out().println("Imported: " + result.summary());
			var seconds = (System.nanoTime() - importStarted) / 1e9;
			if (!this.quiet) {
				out().printf(Locale.ROOT, "in %.1f s (%,.0f lines/s, the database already started)%n", seconds,
						result.linesRead() / Math.max(seconds, 1e-9));
			}
			return OK;
		}
		result.errors().forEach(error -> err().println(error.message()));
		err().println("Import " + result.summary());
		if (result.linesRead() > 0 && Files.exists(checkpointFile)) {
			err().println("Batches before the first error are written (" + checkpointFile
					+ "); correct the file and run again with --resume to continue after them.");
		}
		return INVALID_INPUT;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
