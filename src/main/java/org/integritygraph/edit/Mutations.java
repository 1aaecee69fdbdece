package org.integritygraph.edit;

import java.util.Map;
import java.util.function.Consumer;

import graphql.schema.DataFetchingEnvironment;
import org.integritygraph.security.Actors;

import org.springframework.stereotype.Component;

/**
 * How every mutation runs: the acting editor (checked by {@link Actors}), the edit through the
 * {@link Editor}, its payload through {@link Payloads}.
 */
@Component
class Mutations {

	/** The key of the request's id in the GraphQL context. */
	static final String REQUEST_ID = "integrity.requestId";

	private final Actors actors;

	private final Editor editor;

	private final Payloads payloads;

	Mutations(Actors actors, Editor editor, Payloads payloads) {
		this.actors = actors;
		this.editor = editor;
		this.payloads = payloads;
	}

	/** The name of the acting editor, which an event names when the input gives no actor. */
	String actorName(DataFetchingEnvironment env) {
		return this.actors.editor(env.getGraphQlContext().get(REQUEST_ID)).name();
	}

	/**
	 * Runs an edit as the mutation of {@code env} and answers its payload.
	 *
	 * @param lists the payload's list fields, answered empty when the edit adds nothing to them
	 */
	Map<String, Object> run(DataFetchingEnvironment env, Operation operation, Consumer<Edit> work, String... lists) {
		var actor = this.actors.editor(env.getGraphQlContext().get(REQUEST_ID));
		var payload = this.payloads.of(this.editor.run(actor, this.actors.writesFor(), operation, work));
		for (var list : lists) {
			payload.putIfAbsent(list, java.util.List.of());
		}
		return payload;
	}

}
