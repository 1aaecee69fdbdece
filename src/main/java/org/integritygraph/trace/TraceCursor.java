package org.integritygraph.trace;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.integritygraph.graph.InvalidArgumentException;

/** Opaque page cursors of a neighbourhood's link groups: the offset of the next link. */
final class TraceCursor {

	private static final String PREFIX = "offset:";

	private TraceCursor() {
	}

	static String encode(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
	}

	/** The offset a cursor stands for; 0 for no cursor. */
	static int decode(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int offset = Integer.parseInt(text.substring(PREFIX.length()));
				if (offset >= 0) {
					return offset;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidArgumentException("after", "Not a cursor of this API: " + cursor);
	}

}
