package org.integritygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.integritygraph.audit.AuditTrail;
import org.integritygraph.graph.Database;
import org.integritygraph.security.Actor;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;

/**
 * Imports JSON Lines files (docs/import-format.md) into the graph: validates the whole file,
 * then writes it in transactions of {@code batchSize} lines. Importing the same file again
 * changes nothing; importing a corrected file updates what changed.
 */
public class JsonlImporter {

	/** The batch size that writes the whole file in one transaction. */
	public static final int WHOLE_FILE = Integer.MAX_VALUE;

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

	/**
	 * @param trail the audit trail each batch writes its entry to
	 */
	public JsonlImporter(Driver driver, Database database, AuditTrail trail) {
		this.writer = new GraphWriter(driver, database.writeSession(driver), trail);
	}

	/** Imports a file in transactions of {@code batchSize} lines ({@link #WHOLE_FILE} for one). */
	public ImportResult importFile(Path file, int batchSize) {
		return importFile(file, batchSize, Actor.of(Actor.Channel.IMPORT, "import", file.toString()));
	}

	/** Imports a file as {@code actor} (the audit trail's "who": a command and its file). */
	public ImportResult importFile(Path file, int batchSize, Actor actor) {
		try (var in = Files.newInputStream(file)) {
			return importFrom(in, file.toString(), batchSize, actor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	/** Imports a resource (e.g. from the class path) in one transaction. */
	public ImportResult importResource(Resource resource) {
		return importResource(resource, Actor.of(Actor.Channel.IMPORT, "import", resource.getDescription()));
	}

	/** Imports a resource in one transaction as {@code actor}. */
	public ImportResult importResource(Resource resource, Actor actor) {
		try (var in = resource.getInputStream()) {
			return importFrom(in, resource.getDescription(), WHOLE_FILE, actor);
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
		return importFrom(in, source, batchSize, Actor.of(Actor.Channel.IMPORT, "import", source));
	}

	/** Imports the UTF-8 JSON Lines of a stream as {@code actor}, whom the audit entries name. */
	public ImportResult importFrom(InputStream in, String source, int batchSize, Actor actor) throws IOException {
		return importFrom(in, source, batchSize, actor, null);
	}

	/**
	 * Imports the UTF-8 JSON Lines of a stream as {@code actor}; {@code followUp} (null for none) runs in the
	 * transaction of the last batch, after its lines, and its changes are in that batch's audit entry. It
	 * does not run when the file or a batch is rejected.
	 */
	public ImportResult importFrom(InputStream in, String source, int batchSize, Actor actor, FollowUp followUp)
			throws IOException {
		if (batchSize < 1) {
			throw new IllegalArgumentException("The batch size must be at least 1, not " + batchSize);
		}
		var file = JsonlParser.parse(in);
		var result = file.errors().isEmpty() ? write(file, batchSize, actor, followUp)
				: ImportResult.of(file.linesRead(), WriteCounts.NONE, file.errors());
		log(source, result);
		return result;
	}

	private ImportResult write(ParsedFile file, int batchSize, Actor actor, FollowUp followUp) {
		var written = WriteCounts.NONE;
		var batches = Batch.of(file, batchSize);
		if (batches.isEmpty() && followUp != null) {
			batches = List.of(new Batch(List.of(), List.of()));
		}
		for (int i = 0; i < batches.size(); i++) {
			var batch = batches.get(i);
			try {
				written = written.plus(this.writer.write(batch, actor, (i == batches.size() - 1) ? followUp : null));
			}
			catch (BatchRejectedException ex) {
				return ImportResult.of(file.linesRead(), written, ex.errors());
			}
		}
		return ImportResult.of(file.linesRead(), written, List.of());
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
