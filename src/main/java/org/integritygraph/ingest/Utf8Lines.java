package org.integritygraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Reads lines of UTF-8 text one by one, decoding each line on its own so that an invalid byte is
 * reported at its line (a Reader decodes ahead in blocks and fails on an earlier line). It counts the
 * bytes consumed and keeps a CRC-32C of them, so that a checkpoint can name a place in the input and
 * recognise the same beginning of a file again.
 */
final class Utf8Lines {

	private static final int BUFFER = 1 << 16;

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final CRC32C checksum = new CRC32C();

	private final byte[] buffer = new byte[BUFFER];

	private int start;

	private int end;

	private byte[] line = new byte[256];

	private long position;

	Utf8Lines(InputStream in) {
		this.in = in;
	}

	/**
	 * The next line without its line terminator ({@code \n} or {@code \r\n}), null at the end.
	 * @throws CharacterCodingException when this line is not valid UTF-8; the next call reads the
	 * next line
	 */
	String next() throws IOException {
		int length = 0;
		boolean any = false;
		while (true) {
			if (this.start == this.end && !fill()) {
				if (!any) {
					return null;
				}
				break;
			}
			any = true;
			int newline = indexOfNewline();
			int stop = (newline < 0) ? this.end : newline;
			length = append(length, stop - this.start);
			consume((newline < 0) ? stop : stop + 1);
			if (newline >= 0) {
				break;
			}
		}
		if (length > 0 && this.line[length - 1] == '\r') {
			length--;
		}
		return this.decoder.decode(ByteBuffer.wrap(this.line, 0, length)).toString();
	}

	/** The bytes consumed so far, i.e. where the next line starts. */
	long position() {
		return this.position;
	}

	/** The CRC-32C of the bytes consumed so far. */
	long checksum() {
		return this.checksum.getValue();
	}

	/**
	 * Consumes {@code count} bytes without decoding them, e.g. the part of a file a checkpoint says was
	 * imported; the checksum covers them.
	 * @return the number of line terminators among them
	 */
	long skip(long count) throws IOException {
		long lines = 0;
		long remaining = count;
		while (remaining > 0) {
			if (this.start == this.end && !fill()) {
				break;
			}
			int stop = (int) Math.min(this.end, this.start + remaining);
			for (int i = this.start; i < stop; i++) {
				if (this.buffer[i] == '\n') {
					lines++;
				}
			}
			remaining -= stop - this.start;
			consume(stop);
		}
		return lines;
	}

	private int indexOfNewline() {
		for (int i = this.start; i < this.end; i++) {
			if (this.buffer[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private int append(int length, int count) {
		if (length + count > this.line.length) {
			this.line = Arrays.copyOf(this.line, Math.max(this.line.length * 2, length + count));
		}
		System.arraycopy(this.buffer, this.start, this.line, length, count);
		return length + count;
	}

	private void consume(int upTo) {
		this.checksum.update(this.buffer, this.start, upTo - this.start);
		this.position += upTo - this.start;
		this.start = upTo;
	}

	private boolean fill() throws IOException {
		int read = this.in.read(this.buffer, 0, this.buffer.length);
		if (read <= 0) {
			return false;
		}
		this.start = 0;
		this.end = read;
		return true;
	}

}
