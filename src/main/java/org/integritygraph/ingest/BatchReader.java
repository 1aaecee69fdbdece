package org.integritygraph.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.function.Consumer;

import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;

/**
 * Cuts the lines of an import file into batches of at most {@code size} lines as it reads them, validating
 * each line with the {@link JsonlParser}; only one batch is held in memory. Repeated lines for the same
 * node (or relationship) within a batch are merged, later lines overriding earlier ones; one id declared
 * with two labels within a batch is an error (across batches, the graph tells).
 */
final class BatchReader {

	private final Utf8Lines lines;

	private final int size;

	private final JsonlParser parser;

	private final Consumer<ImportError> errors;

	private int lineNumber;

	private boolean batchValid;

	/**
	 * @param lines the input, positioned after the {@code linesBefore} lines already imported
	 * @param size the most lines in one batch
	 * @param linesBefore the number of lines before the first one read
	 * @param errors receives every bad line
	 */
	BatchReader(Utf8Lines lines, int size, int linesBefore, Consumer<ImportError> errors) {
		this.lines = lines;
		this.size = size;
		this.lineNumber = linesBefore;
		this.errors = error -> {
			this.batchValid = false;
			errors.accept(error);
		};
		this.parser = new JsonlParser(this.errors, linesBefore == 0);
	}

	/** The next batch; null at the end of the input. */
	Batch next() throws IOException {
		this.batchValid = true;
		var nodes = new LinkedHashMap<String, NodeLine>();
		var relationships = new LinkedHashMap<RelationshipLine.Identity, RelationshipLine>();
		var declaredOn = new HashMap<String, Integer>();
		int read = 0;
		while (read < this.size) {
			String text;
			try {
				text = this.lines.next();
			}
			catch (CharacterCodingException ex) {
				read++;
				this.parser.notUtf8(++this.lineNumber);
				continue;
			}
			if (text == null) {
				break;
			}
			read++;
			switch (this.parser.parse(++this.lineNumber, text)) {
				case NodeLine node -> add(node, nodes, declaredOn);
				case RelationshipLine relationship -> relationships.merge(relationship.identity(), relationship,
						RelationshipLine::with);
				case null -> {
				}
			}
		}
		if (read == 0) {
			return null;
		}
		return new Batch(new ArrayList<>(nodes.values()), new ArrayList<>(relationships.values()), declaredOn,
				this.lineNumber, this.lines.position(), this.lines.checksum(), this.batchValid);
	}

	/** The lines read so far, blank ones included. */
	int linesRead() {
		return this.lineNumber;
	}

	private void add(NodeLine node, LinkedHashMap<String, NodeLine> nodes, HashMap<String, Integer> declaredOn) {
		var earlier = nodes.get(node.id());
		if (earlier == null) {
			nodes.put(node.id(), node);
			declaredOn.put(node.id(), node.line());
		}
		else if (earlier.label() != node.label()) {
			this.errors.accept(new ImportError(node.line(), "node \"%s\" is already declared as %s on line %d"
				.formatted(node.id(), earlier.label(), earlier.line())));
		}
		else {
			nodes.put(node.id(), earlier.with(node));
		}
	}

}
