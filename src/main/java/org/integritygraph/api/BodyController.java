package org.integritygraph.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.integritygraph.graph.Connection;
import org.integritygraph.graph.Dated;
import org.integritygraph.graph.Dates;
import org.integritygraph.graph.Direction;
import org.integritygraph.graph.ListQuery;
import org.integritygraph.graph.PageRequest;
import org.integritygraph.graph.Relations;
import org.integritygraph.model.Entities;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Visibility;
import org.integritygraph.model.entity.Body;
import org.integritygraph.model.entity.Commitment;
import org.integritygraph.model.entity.Link;
import org.integritygraph.model.entity.Person;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;

/**
 * The {@code bodies} list (机关/单位) and the computed fields of {@code Body}; its relationship fields are
 * derived from the model ({@link RelationshipFields}).
 */
@Controller
class BodyController {

	/** Who held a principal post (主要负责人) of each body on $at. */
	static final String LEADERS_AT = """
			MATCH (b:Body)<-[:IN]-(post:Post {principal: true})<-[held:HELD]-(person:Person) WHERE b.id IN $ids
			  AND held.from <= $at AND (held.to IS NULL OR $at < held.to) AND %s
			RETURN b.id AS key, person, post, properties(held) AS held ORDER BY held.from, person.id""".formatted(Visibility.predicate(GraphModel.PERSON, "person"));

	private static final String LEADERS = "Body.leaders";

	private final Dates dates;

	private final RelationshipFields fields;

	BodyController(Relations relations, Dates dates, BatchLoaderRegistry registry, RelationshipFields fields) {
		this.fields = fields;
		this.dates = dates;
		registry.<Dated<Body>, List<Link>>forName(LEADERS)
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> relations.manyAt(Viewers.of(env), keys, Body::id,
					LEADERS_AT, r -> new Link(GraphModel.HELD.type(), Entities.as(r.get("person").asNode(), Person.class),
							Entities.required(r.get("post").asNode()), true, r.get("held").asMap(Entities::value)))));
	}

	@QueryMapping
	Connection<Body> bodies(@Argument BodyFilter filter, @Argument BodyOrder orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		var page = PageRequest.of(first, after);
		var at = this.dates.orToday((filter != null) ? filter.at() : null);
		var query = ListQuery.of(GraphModel.BODY);
		if (filter == null || !Boolean.TRUE.equals(filter.includeAbolished())) {
			// still in existence on the date asked for (today by default)
			query.where("(n.abolishedOn IS NULL OR n.abolishedOn > $at)", Map.of("at", at));
		}
		if (filter != null) {
			query.in("kind", filter.kind())
				.in("level", filter.level())
				.startsWith("divisionCode", filter.divisionCode())
				.nameContains(filter.name());
			if (StringUtils.hasText(filter.parentId())) {
				query.where("""
						EXISTS { MATCH (n)-[r:PART_OF]->(:Body {id: $parentId})
						  WHERE (r.from IS NULL OR r.from <= $at) AND (r.to IS NULL OR $at < r.to) }""",
						Map.of("parentId", filter.parentId(), "at", at));
			}
		}
		var order = (orderBy != null) ? orderBy : new BodyOrder(BodyOrder.Field.NAME, Direction.ASC);
		query.orderBy(order.field().property, order.direction());
		return this.fields.list(query, page, Body.class, env);
	}

	@SchemaMapping
	CompletableFuture<List<Link>> leaders(Body body, @Argument LocalDate at, DataFetchingEnvironment env) {
		DataLoader<Dated<Body>, List<Link>> leaders = env.getDataLoader(LEADERS);
		return leaders.load(new Dated<>(body, this.dates.orToday(at)));
	}

	/** {@code Body.commitments(status)}: the derived field's loader, narrowed to the statuses asked for. */
	@SchemaMapping
	CompletableFuture<List<Commitment>> commitments(Body body, @Argument List<String> status,
			DataFetchingEnvironment env) {
		return RelationshipFields.<Commitment>loadWhole(GraphModel.MADE.fields().getFirst(), body, env)
			.thenApply(all -> (status == null) ? all : all.stream().filter(c -> status.contains(c.status())).toList());
	}

}
