package org.integritygraph.security;

/**
 * Who changes the graph, as the audit trail records it.
 *
 * @param name the subject of the editor's token, or the command (e.g. {@code import}, {@code documents import})
 * @param channel how the change came in
 * @param source the file a command or import read, null otherwise
 * @param requestId the id of the request that made the change (HTTP {@code X-Request-Id} or generated), null
 *        for commands
 */
public record Actor(String name, Channel channel, String source, String requestId) {

	/** How a change came in. */
	public enum Channel {

		/** A GraphQL mutation. */
		API,

		/** A file imported (the JSON Lines importer, the sample data at first start). */
		IMPORT,

		/** A batch command. */
		COMMAND

	}

	/** A command or importer reading {@code source}. */
	public static Actor of(Channel channel, String name, String source) {
		return new Actor(name, channel, source, null);
	}

}
