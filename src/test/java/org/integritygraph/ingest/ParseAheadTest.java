package org.integritygraph.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The bulk load's parsing a block ahead: every line once, in order, bad lines by number, whatever the block. */
class ParseAheadTest {

	@TempDir
	Path dir;

	@Test
	void blocksHoldEveryValidLineInOrder_andTheErrorsOfTheBadOnesByLine_theLastBlockEndsTheFile() throws Exception {
		int total = 2 * ParseAhead.BLOCK_LINES + 500;
		var bytes = new ByteArrayOutputStream();
		for (int line = 1; line <= total; line++) {
			if (line == ParseAhead.BLOCK_LINES + 500) {
				bytes.writeBytes("{\"node\":\"Body\",\"id\":".getBytes(StandardCharsets.UTF_8));
			}
			else if (line == 2 * ParseAhead.BLOCK_LINES + 1) {
				bytes.writeBytes(new byte[] { '{', (byte) 0xC3, (byte) 0x28, '}' });
			}
			else {
				bytes.writeBytes("{\"node\":\"Body\",\"id\":\"bd-%d\",\"name\":\"机关%d\",\"kind\":\"GOVERNMENT\"}"
					.formatted(line, line)
					.getBytes(StandardCharsets.UTF_8));
			}
			bytes.write('\n');
		}
		var file = Files.write(this.dir.resolve("blocks.jsonl"), bytes.toByteArray());

		var lines = new ArrayList<Integer>();
		var errors = new ArrayList<ImportError>();
		var ends = new ArrayList<Integer>();
		try (var ahead = new ParseAhead(file)) {
			ParseAhead.Block block;
			do {
				block = ahead.next();
				block.lines().forEach(line -> lines.add(line.line()));
				errors.addAll(block.errors());
				ends.add(block.lastLine());
			}
			while (!block.last());
			assertThat(block.position()).isEqualTo(Files.size(file));
		}
		assertThat(ends).containsExactly(ParseAhead.BLOCK_LINES, 2 * ParseAhead.BLOCK_LINES, total);
		assertThat(lines).hasSize(total - 2).isSorted().doesNotHaveDuplicates()
			.doesNotContain(ParseAhead.BLOCK_LINES + 500, 2 * ParseAhead.BLOCK_LINES + 1);
		assertThat(errors).extracting(ImportError::line)
			.containsExactly(ParseAhead.BLOCK_LINES + 500, 2 * ParseAhead.BLOCK_LINES + 1);
		assertThat(errors.get(1).message()).contains("not valid UTF-8");
	}

	@Test
	void closedBeforeTheEnd_stopsReading() throws Exception {
		var text = new StringBuilder();
		for (int line = 1; line <= 50 * ParseAhead.BLOCK_LINES; line++) {
			text.append("{\"node\":\"Body\",\"id\":\"bd-%d\",\"name\":\"n\",\"kind\":\"GOVERNMENT\"}\n".formatted(line));
		}
		var file = Files.writeString(this.dir.resolve("long.jsonl"), text);
		var ahead = new ParseAhead(file);
		assertThat(ahead.next().lastLine()).isEqualTo(ParseAhead.BLOCK_LINES);
		// the parser waits with blocks ready for a reader that is gone: closing must end it, not hang
		assertTimeoutPreemptively(Duration.ofSeconds(30), ahead::close);
	}

}
