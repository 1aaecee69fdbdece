package org.integritygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads and parses a JSON Lines file on a thread of its own, a block of lines ahead of its reader
 * ({@link JsonlParser}: each line's syntax and its place in the model), so that on two cores the parsing of
 * one block runs beside the work done with the one before (the bulk load's checks across lines and its CSV).
 * Each block holds its valid lines and the errors of its bad ones, in the order of the file. At most
 * {@link #AHEAD} blocks wait: memory stays bounded whatever the file's size.
 */
final class ParseAhead implements AutoCloseable {

	/** Lines per block. */
	static final int BLOCK_LINES = 2_000;

	/** Blocks parsed ahead of the reader, at most. */
	private static final int AHEAD = 8;

	/**
	 * A block of the file: its valid lines, the errors of its bad lines, the number of its last line and
	 * the bytes read up to its end; the last block of the file is {@code last}.
	 */
	record Block(List<ImportLine> lines, List<ImportError> errors, int lastLine, long position, boolean last) {
	}

	private final BlockingQueue<Object> blocks = new ArrayBlockingQueue<>(AHEAD);

	private final Thread thread;

	private volatile boolean closed;

	ParseAhead(Path file) {
		this.thread = Thread.ofPlatform().daemon().name("parse-ahead").start(() -> parse(file));
	}

	/** The next block, waiting for it to be parsed. */
	Block next() throws IOException {
		Object next;
		try {
			next = this.blocks.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while reading " + ex.getMessage(), ex);
		}
		return switch (next) {
			case Block block -> block;
			case IOException ex -> throw ex;
			case RuntimeException ex -> throw ex;
			default -> throw new IllegalStateException("Unexpected " + next);
		};
	}

	private void parse(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			var lines = new Utf8Lines(in);
			var errors = new ArrayList<ImportError>();
			var parser = new JsonlParser(errors::add, true);
			var parsed = new ArrayList<ImportLine>(BLOCK_LINES);
			int line = 0;
			while (!this.closed) {
				String text;
				try {
					text = lines.next();
				}
				catch (CharacterCodingException ex) {
					parser.notUtf8(++line);
					continue;
				}
				if (text == null) {
					put(new Block(parsed, List.copyOf(errors), line, lines.position(), true));
					return;
				}
				var valid = parser.parse(++line, text);
				if (valid != null) {
					parsed.add(valid);
				}
				if (line % BLOCK_LINES == 0) {
					put(new Block(parsed, List.copyOf(errors), line, lines.position(), false));
					parsed = new ArrayList<>(BLOCK_LINES);
					errors.clear();
				}
			}
		}
		catch (IOException ex) {
			put(ex);
		}
		catch (UncheckedIOException ex) {
			put(ex.getCause());
		}
		catch (RuntimeException ex) {
			put(ex);
		}
	}

	private void put(Object block) {
		try {
			while (!this.closed) {
				if (this.blocks.offer(block, 100, TimeUnit.MILLISECONDS)) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stops the parsing (the rest of the file is not read) and waits for its thread. */
	@Override
	public void close() {
		this.closed = true;
		this.blocks.clear();
		try {
			this.thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
