package org.integritygraph.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Viewer;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.entity.Entity;
import org.integritygraph.security.Actors;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * The audit trail in the API: {@code auditLog} and {@code history} on every entity type (one batched query per
 * level of a request) for auditors, the {@code changes} feed for portals (whole for internal roles, for the public
 * what the disclosure rules show), the changes of each entry. Who may is decided by {@link Actors}.
 */
@Controller
class AuditController implements RuntimeWiringConfigurer {

	static final String HISTORY_LOADER = "Entity.history";

	private final AuditLog log;

	private final Actors actors;

	AuditController(AuditLog log, Actors actors, BatchLoaderRegistry registry) {
		this.log = log;
		this.actors = actors;
		registry.<Entity, List<RecordedChange>>forName(HISTORY_LOADER)
			.registerMappedBatchLoader((entities, env) -> Mono.fromSupplier(() -> {
				var byId = log.historyOf(entities.stream().map(Entity::id).distinct().toList());
				var result = new HashMap<Entity, List<RecordedChange>>();
				entities.forEach(entity -> result.put(entity, byId.getOrDefault(entity.id(), List.of())));
				return result;
			}));
	}

	@QueryMapping
	Connection<AuditEntry> auditLog(@Argument AuditFilter filter, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		this.actors.auditor();
		return this.log.entries(filter, PageRequest.of(first, after), selection.contains("totalCount"));
	}

	/** The change feed: whole for internal roles, for the public only what the disclosure rules show today. */
	@QueryMapping
	ChangeFeed changes(@Argument String after, @Argument List<String> types, @Argument Integer first,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		return this.log.feed(after, types, PageRequest.of(first, null).limit(), viewer);
	}

	@BatchMapping(typeName = "AuditEntry", field = "changes")
	Map<AuditEntry, List<RecordedChange>> entryChanges(List<AuditEntry> entries,
			@ContextValue(Viewer.KEY) Viewer viewer) {
		var bySequence = this.log.changesOf(entries.stream().map(AuditEntry::sequence).toList(), viewer);
		var result = new HashMap<AuditEntry, List<RecordedChange>>();
		entries.forEach(entry -> result.put(entry, bySequence.getOrDefault(entry.sequence(), List.of())));
		return result;
	}

	/** {@code history} on every entity type, through one loader for all of them. */
	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		GraphModel.labels().forEach(label -> wiring.type(label.name(), type -> type.dataFetcher("history", env -> {
			this.actors.auditor();
			DataLoader<Entity, List<RecordedChange>> loader = env.getDataLoader(HISTORY_LOADER);
			return loader.load(env.getSource());
		})));
	}

}
