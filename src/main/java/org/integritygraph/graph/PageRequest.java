package org.integritygraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A validated {@code first/after} pair. Cursors are opaque to clients; they encode the position
 * of the row in the (stable, id-tie-broken) ordering of the list.
 */
public record PageRequest(int offset, int limit) {

	public static final int MAX_PAGE_SIZE = 100;

	private static final String PREFIX = "ig:";

	public static PageRequest of(Integer first, String after) {
		int limit = (first != null) ? first : 20;
		if (limit < 0 || limit > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("first",
					"Argument 'first' must be between 0 and " + MAX_PAGE_SIZE + ", was " + limit + ".");
		}
		return new PageRequest(offsetAfter(after), limit);
	}

	/** Builds the connection from up to {@code limit + 1} rows (the extra one only tells there is a next page). */
	public <T> Connection<T> connection(List<T> rows, Integer totalCount) {
		return connection(rows.subList(0, Math.min(rows.size(), this.limit)), rows.size() > this.limit, totalCount);
	}

	/** Builds the connection from the page's rows (at most {@code limit}) and whether rows follow them. */
	public <T> Connection<T> connection(List<T> rows, boolean hasNextPage, Integer totalCount) {
		var edges = new ArrayList<Connection.Edge<T>>();
		for (int i = 0; i < Math.min(rows.size(), this.limit); i++) {
			edges.add(new Connection.Edge<>(encode(this.offset + i), rows.get(i)));
		}
		var pageInfo = new Connection.PageInfo(hasNextPage, this.offset > 0,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	/** The cursor of the row at {@code position} of a list: the next page starts after it. */
	public static String cursor(int position) {
		return encode(position);
	}

	/** The offset of the page that starts after the row of {@code after} (0 when there is no cursor). */
	public static int offsetAfter(String after) {
		return (after == null || after.isEmpty()) ? 0 : decode(after) + 1;
	}

	static String encode(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	static int decode(String cursor) {
		try {
			var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the typed error below
		}
		throw new InvalidArgumentException("after", "Argument 'after' is not a cursor returned by this API.");
	}

}
