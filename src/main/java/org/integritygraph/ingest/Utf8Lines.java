package org.integritygraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of UTF-8 text one by one, decoding each line on its own so that an invalid byte is
 * reported at its line (a Reader decodes ahead in blocks and fails on an earlier line).
 */
final class Utf8Lines {

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();

	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	Utf8Lines(InputStream in) {
		this.in = new BufferedInputStream(in);
	}

	/**
	 * The next line without its line terminator ({@code \n} or {@code \r\n}), null at the end.
	 * @throws CharacterCodingException when this line is not valid UTF-8; the next call reads the
	 * next line
	 */
	String next() throws IOException {
		this.line.reset();
		var read = this.in.read();
		if (read == -1) {
			return null;
		}
		while (read != -1 && read != '\n') {
			this.line.write(read);
			read = this.in.read();
		}
		var bytes = this.line.toByteArray();
		var length = (bytes.length > 0 && bytes[bytes.length - 1] == '\r') ? bytes.length - 1 : bytes.length;
		return this.decoder.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
	}

}
