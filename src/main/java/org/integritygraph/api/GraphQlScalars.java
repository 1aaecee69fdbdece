package org.integritygraph.api;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import graphql.scalars.ExtendedScalars;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The scalars of the schema: {@code Date}, ISO-8601 calendar dates ({@code 2021-06-30}) as {@link LocalDate}, read
 * strictly as the importer reads them ({@code 2020-02-30} is not a date, not silently February 29th);
 * {@code DateTime} (with offset, as {@link java.time.OffsetDateTime}) and {@code JSON} (property maps of the
 * audit trail).
 */
@Component
public class GraphQlScalars implements RuntimeWiringConfigurer {

	/** {@code uuuu-MM-dd}, strict: no day 30 in February, no month 13. */
	static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, e.g. 2021-06-30")
		.coercing(new DateCoercing())
		.build();

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(DATE).scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Json);
	}

	static LocalDate parse(String text) {
		return LocalDate.parse(text, ISO_DATE);
	}

	private static final class DateCoercing implements Coercing<LocalDate, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof LocalDate date) {
				return ISO_DATE.format(date);
			}
			throw new CoercingSerializeException("Not a date: " + value);
		}

		@Override
		public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException("Not a calendar date (yyyy-MM-dd): " + text);
				}
			}
			throw new CoercingParseValueException("A date is a string yyyy-MM-dd, was " + input);
		}

		@Override
		public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return parse(text.getValue());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseLiteralException("Not a calendar date (yyyy-MM-dd): " + text.getValue());
				}
			}
			throw new CoercingParseLiteralException("A date is a string yyyy-MM-dd");
		}

	}

}
