package org.integritygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.graph.Database;
import org.integritygraph.security.Actor;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

/**
 * Imports JSON Lines (docs/import-format.md) into the graph in one streaming pass: lines are validated as
 * they are read and written in transactions of {@code batchSize} lines, while the next batch is read, so
 * memory holds two batches whatever the size of the file. A relationship may name nodes in the graph or on
 * earlier lines. A bad line is reported with its number and reason; nothing of its batch is written, the
 * batches before it stay written, and the rest of the input is still checked line by line (up to
 * {@value #MAX_ERRORS} errors). Importing the same input again changes nothing; importing a corrected
 * file updates what changed. With a checkpoint file, each committed batch is recorded, and an import can
 * resume after the last one.
 */
public class JsonlImporter {

	/** The batch size that writes the whole input in one transaction (the sample, test fixtures). */
	public static final int WHOLE_FILE = Integer.MAX_VALUE;

	/** After this many errors the rest of the input is not read. */
	static final int MAX_ERRORS = 1000;

	private static final Logger log = LoggerFactory.getLogger(JsonlImporter.class);

	private final GraphWriter writer;

	/**
	 * @param driver the driver of the graph
	 * @param database the database to write to, or null/blank for the server's default
	 */
	public JsonlImporter(Driver driver, String database) {
		this(driver, Database.named(database));
	}

	public JsonlImporter(Driver driver, Database database) {
		this(driver, database, new AuditTrail(Clock.systemDefaultZone()));
	}

	/** @param trail the audit trail each batch writes its entry to, in its transaction */
	public JsonlImporter(Driver driver, Database database, AuditTrail trail) {
		this.writer = new GraphWriter(driver, database.writeSession(driver), trail);
	}

	/** Imports a file in transactions of {@code batchSize} lines ({@link #WHOLE_FILE} for one). */
	public ImportResult importFile(Path file, int batchSize) {
		return importFile(file, ImportOptions.batches(batchSize));
	}

	/**
	 * Imports a file.
	 * @throws CannotResumeException when resuming and the file no longer begins with what the checkpoint
	 * says was imported, or the checkpoint cannot be read
	 */
	public ImportResult importFile(Path file, ImportOptions options) {
		try (var in = Files.newInputStream(file)) {
			return importFrom(in, file.toString(), options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/** Imports a resource (e.g. from the class path) in one transaction. */
	public ImportResult importResource(Resource resource) {
		return importResource(resource, null);
	}

	/** Imports a resource in one transaction as {@code actor} (null: the importer and the resource). */
	public ImportResult importResource(Resource resource, Actor actor) {
		try (var in = resource.getInputStream()) {
			return importFrom(in, resource.getDescription(), ImportOptions.batches(WHOLE_FILE).as(actor));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}

	/**
	 * Imports the UTF-8 JSON Lines of a stream, which stays open.
	 *
	 * @param source names the input in the log
	 * @param batchSize lines per transaction, at least 1; {@link #WHOLE_FILE} for one transaction
	 * @throws IOException when reading fails
	 */
	public ImportResult importFrom(InputStream in, String source, int batchSize) throws IOException {
		if (batchSize < 1) {
			throw new IllegalArgumentException("The batch size must be at least 1, not " + batchSize);
		}
		return importFrom(in, source, ImportOptions.batches(batchSize));
	}

	/** Imports the UTF-8 JSON Lines of a stream as {@code actor}, whom the audit entries name. */
	public ImportResult importFrom(InputStream in, String source, int batchSize, Actor actor) throws IOException {
		return importFrom(in, source, ImportOptions.batches(batchSize).as(actor));
	}

	/**
	 * Imports the UTF-8 JSON Lines of a stream in one transaction as {@code actor}; {@code followUp} runs in
	 * that transaction after the lines, and its changes are in the same audit entry. It does not run when a
	 * line is rejected.
	 */
	public ImportResult importFrom(InputStream in, String source, Actor actor, FollowUp followUp) {
		return importFrom(in, source, ImportOptions.batches(WHOLE_FILE).as(actor).then(followUp));
	}

	/**
	 * Imports the UTF-8 JSON Lines of a stream, which stays open; when resuming, the stream starts at the
	 * beginning of the input the checkpoint was written for.
	 *
	 * @param source names the input in the log and in {@link BatchChanges}
	 * @throws UncheckedIOException when reading fails
	 */
	public ImportResult importFrom(InputStream in, String source, ImportOptions options) {
		try {
			var result = new Run(new Utf8Lines(in), source, options).run();
			log(source, result);
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + source, ex);
		}
	}

	/** One import: reads batches on the calling thread while the previous batch is written on another. */
	private final class Run {

		private final Utf8Lines lines;

		private final String source;

		private final ImportOptions options;

		private final List<ImportError> errors = new ArrayList<>();

		private WriteCounts written = WriteCounts.NONE;

		private boolean writing = true;

		private boolean followedUp;

		private final Actor actor;

		Run(Utf8Lines lines, String source, ImportOptions options) {
			this.lines = lines;
			this.source = source;
			this.options = options;
			this.actor = (options.actor() != null) ? options.actor() : Actor.of(Actor.Channel.IMPORT, "import", source);
		}

		ImportResult run() throws IOException {
			var start = start();
			this.written = start.written();
			var reader = new BatchReader(this.lines, this.options.batchSize(), start.lines(), this::error);
			ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
				var thread = new Thread(task, "import-writer");
				thread.setDaemon(true);
				return thread;
			});
			try {
				Future<BatchChanges> pending = null;
				Batch pendingBatch = null;
				int firstLine = start.lines() + 1;
				while (this.errors.size() < MAX_ERRORS) {
					var batch = reader.next();
					if (pending != null) {
						committed(pendingBatch, await(pending));
						pending = null;
					}
					if (batch == null) {
						break;
					}
					this.writing &= batch.valid();
					if (this.writing && (batch.size() > 0 || this.options.followUp() != null)) {
						int from = firstLine;
						pending = executor.submit(() -> write(batch, from));
						pendingBatch = batch;
					}
					else if (this.writing) {
						committed(batch, null);
					}
					firstLine = batch.lastLine() + 1;
				}
				if (pending != null) {
					committed(pendingBatch, await(pending));
				}
				if (this.writing && this.errors.isEmpty() && this.options.followUp() != null && !this.followedUp) {
					// an input without lines: the follow-up still runs, in a transaction of its own
					var empty = new Batch(List.of(), List.of(), Map.of(), start.lines(), 0, 0, true);
					committed(empty, await(executor.submit(() -> write(empty, start.lines() + 1))));
				}
			}
			finally {
				executor.shutdownNow();
			}
			if (this.errors.size() >= MAX_ERRORS) {
				this.errors.add(new ImportError(reader.linesRead(),
						"too many errors: stopped reading after %d".formatted(MAX_ERRORS)));
			}
			else if (this.errors.isEmpty() && this.options.checkpoint() != null) {
				Checkpoint.delete(this.options.checkpoint());
			}
			return ImportResult.of(reader.linesRead(), this.written, this.errors);
		}

		private BatchChanges write(Batch batch, int firstLine) {
			this.followedUp = this.options.followUp() != null;
			return JsonlImporter.this.writer.write(batch, this.source, firstLine, this.actor, this.options.followUp());
		}

		/** Where to start: after the checkpoint's lines when resuming, else at the beginning. */
		private Checkpoint start() throws IOException {
			if (!this.options.resume()) {
				return Checkpoint.START;
			}
			var checkpoint = Checkpoint.read(this.options.checkpoint());
			if (checkpoint.isEmpty()) {
				log.info("No checkpoint {}: importing {} from the beginning", this.options.checkpoint(), this.source);
				return Checkpoint.START;
			}
			var at = checkpoint.get();
			var lines = this.lines.skip(at.position());
			if (this.lines.position() != at.position() || lines != at.lines()
					|| this.lines.checksum() != at.checksum()) {
				throw new CannotResumeException(("%s does not begin with the %d lines the checkpoint %s says were "
						+ "imported (the file changed before that line): import it again without resuming")
					.formatted(this.source, at.lines(), this.options.checkpoint()));
			}
			this.options.progress().committed(at.lines(), at.position());
			return at;
		}

		private BatchChanges await(Future<BatchChanges> pending) {
			try {
				return pending.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while importing " + this.source, ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof BatchRejectedException rejected) {
					this.writing = false;
					rejected.errors().forEach(this::error);
					this.errors.sort(Comparator.comparingInt(ImportError::line));
					return null;
				}
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

		/** After a batch committed (changes null when it had nothing to write or was rejected). */
		private void committed(Batch batch, BatchChanges changes) {
			if (!this.writing) {
				return;
			}
			if (changes != null) {
				this.written = this.written.plus(changes.counts());
			}
			if (this.options.checkpoint() != null) {
				new Checkpoint(batch.lastLine(), batch.end(), batch.checksum(), this.written)
					.write(this.options.checkpoint());
			}
			this.options.progress().committed(batch.lastLine(), batch.end());
		}

		private void error(ImportError error) {
			if (this.errors.size() < MAX_ERRORS) {
				this.errors.add(error);
			}
		}

	}

	private static void log(String source, ImportResult result) {
		if (result.succeeded()) {
			log.info("Imported {}: {}", source, result.summary());
		}
		else {
			// Bad input is the caller's to report, not a fault of the service.
			log.info("Import of {} {}; first error: {}", source, result.summary(), result.errors().getFirst());
		}
	}

}
