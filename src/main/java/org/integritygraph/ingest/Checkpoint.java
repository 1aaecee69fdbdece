package org.integritygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where an import of a file stands after its last committed batch: the lines and bytes imported, a
 * CRC-32C of those bytes (so that a resumed import knows the beginning of the file is unchanged) and the
 * counts so far. Written after every committed batch, atomically (a new file moved over the old one);
 * removed when the import completes. A checkpoint one batch behind — a kill between a commit and the
 * checkpoint — only means that batch is imported again, which changes nothing.
 *
 * @param lines the lines imported
 * @param position the bytes imported
 * @param checksum the CRC-32C of those bytes
 * @param written what the imported batches created and updated
 */
record Checkpoint(int lines, long position, long checksum, WriteCounts written) {

	static final Checkpoint START = new Checkpoint(0, 0, 0, WriteCounts.NONE);

	/** The default checkpoint file of an input file: next to it, with {@code .checkpoint} appended. */
	static Path defaultFile(Path input) {
		return input.resolveSibling(input.getFileName() + ".checkpoint");
	}

	static Optional<Checkpoint> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		var properties = new Properties();
		try (var in = Files.newBufferedReader(file)) {
			properties.load(in);
			return Optional.of(new Checkpoint(Integer.parseInt(properties.getProperty("lines")),
					Long.parseLong(properties.getProperty("position")),
					Long.parseLong(properties.getProperty("checksum")),
					new WriteCounts(integer(properties, "nodesCreated"), integer(properties, "nodesUpdated"),
							integer(properties, "relationshipsCreated"), integer(properties, "relationshipsUpdated"))));
		}
		catch (IOException | RuntimeException ex) {
			throw new CannotResumeException("Cannot read the checkpoint " + file + ": " + ex.getMessage());
		}
	}

	void write(Path file) {
		var properties = new Properties();
		properties.setProperty("lines", Integer.toString(this.lines));
		properties.setProperty("position", Long.toString(this.position));
		properties.setProperty("checksum", Long.toString(this.checksum));
		properties.setProperty("nodesCreated", Integer.toString(this.written.nodesCreated()));
		properties.setProperty("nodesUpdated", Integer.toString(this.written.nodesUpdated()));
		properties.setProperty("relationshipsCreated", Integer.toString(this.written.relationshipsCreated()));
		properties.setProperty("relationshipsUpdated", Integer.toString(this.written.relationshipsUpdated()));
		var next = file.resolveSibling(file.getFileName() + ".next");
		try {
			try (var out = Files.newBufferedWriter(next)) {
				properties.store(out, "Integrity Graph import checkpoint: lines and bytes committed");
			}
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the checkpoint " + file, ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove the checkpoint " + file, ex);
		}
	}

	private static int integer(Properties properties, String key) {
		return Integer.parseInt(properties.getProperty(key, "0"));
	}

}
