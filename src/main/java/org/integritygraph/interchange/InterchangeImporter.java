package org.integritygraph.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.integritygraph.ingest.ImportError;
import org.integritygraph.ingest.JsonlImporter;
import org.integritygraph.security.Actor;

import org.springframework.stereotype.Component;

/**
 * Imports a converted file through the one importer of JSON Lines, so that the model's validator applies
 * and re-importing changes nothing. The whole file is one transaction: it is imported or rejected, never
 * half-written, and audited in its transaction under the command and its file. The importer's {@code line N} is translated back into the place in the source file the line
 * came from.
 */
@Component
public class InterchangeImporter {

	private final JsonlImporter importer;

	public InterchangeImporter(JsonlImporter importer) {
		this.importer = importer;
	}

	/**
	 * Imports what {@code command} converted from the file {@code source}; the audit trail names the command
	 * and the file as who made the change.
	 */
	public ImportOutcome importConverted(Conversion conversion, String source, String command) {
		if (conversion.rejected()) {
			return new ImportOutcome(conversion.errors(), null, conversion.report());
		}
		var lines = conversion.lines().lines(conversion.dataset());
		try (var in = new LinesInputStream(lines.iterator())) {
			var result = this.importer.importFrom(in, source, JsonlImporter.WHOLE_FILE,
					Actor.of(Actor.Channel.COMMAND, command, source));
			var errors = result.errors().stream().map(error -> located(error, lines)).toList();
			return new ImportOutcome(errors, result, conversion.report());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String located(ImportError error, List<GraphLines.Line> lines) {
		var index = error.line() - 1;
		var origin = (index >= 0 && index < lines.size()) ? lines.get(index).origin() : "line " + error.line();
		return origin + ": " + error.reason();
	}

	/** The lines as UTF-8 bytes, one after the other, made as the importer reads them. */
	static final class LinesInputStream extends InputStream {

		private final Iterator<GraphLines.Line> lines;

		private byte[] current = new byte[0];

		private int position;

		LinesInputStream(Iterator<GraphLines.Line> lines) {
			this.lines = lines;
		}

		@Override
		public int read() {
			if (!fill()) {
				return -1;
			}
			return this.current[this.position++] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (!fill()) {
				return -1;
			}
			var count = Math.min(length, this.current.length - this.position);
			System.arraycopy(this.current, this.position, buffer, offset, count);
			this.position += count;
			return count;
		}

		private boolean fill() {
			while (this.position == this.current.length) {
				if (!this.lines.hasNext()) {
					return false;
				}
				this.current = (this.lines.next().json() + "\n").getBytes(StandardCharsets.UTF_8);
				this.position = 0;
			}
			return true;
		}

	}

}
