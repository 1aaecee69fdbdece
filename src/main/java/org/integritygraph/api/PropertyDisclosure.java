package org.integritygraph.api;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Property;
import org.integritygraph.model.Visibility;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Masks the properties the model declares personal or restricted ({@link Property#disclosure()}): for a
 * caller who does not see everything their GraphQL fields answer null, whatever the query that reached the
 * node. Derived from the declaration, so a property declared personal is masked everywhere at once.
 */
@Component
class PropertyDisclosure implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		GraphModel.labels()
			.forEach(label -> label.properties()
				.stream()
				.filter(property -> !Visibility.isPublic(property))
				.forEach(property -> wiring.type(label.name(),
						type -> type.dataFetcher(property.name(), masked(property.name())))));
	}

	private static DataFetcher<Object> masked(String name) {
		DataFetcher<Object> value = PropertyDataFetcher.fetching(name);
		// a property read from the record, as the default fetcher's: trivial, not wrapped per call
		return (TrivialDataFetcher<Object>) env -> Viewers.of(env).seesEverything() ? value.get(env) : null;
	}

}
