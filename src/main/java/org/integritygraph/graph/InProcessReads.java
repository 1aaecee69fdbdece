package org.integritygraph.graph;

import java.lang.reflect.Array;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.util.QueryKeys;
import org.neo4j.driver.internal.value.NodeValue;
import org.neo4j.driver.internal.value.PathValue;
import org.neo4j.driver.internal.value.RelationshipValue;
import org.neo4j.driver.types.Entity;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.values.storable.DurationValue;

/**
 * Read queries run in this process when the database runs in it (the embedded database): no Bolt round
 * trip, no thread hand-offs, no serialisation of parameters and rows on either side. What {@link GraphReader}
 * promises holds the same way: each query runs in a transaction that can only read (the kernel refuses a
 * write: {@code Neo.ClientError.Security.Forbidden}) and ends at its time limit; rows come back as the
 * driver's records, so a mapper reads them exactly as it reads rows over Bolt; and a failure is thrown as the
 * driver's exception with the server's status code, so errors are resolved as they are for a server.
 */
public final class InProcessReads {

	private final Supplier<GraphDatabaseService> lookup;

	/** The database and the read-only access to it, once looked up. */
	private volatile Target target;

	private record Target(GraphDatabaseAPI database, SecurityContext readOnly) {
	}

	/**
	 * @param database the database to read, looked up at the first query (an embedded database may still
	 * be starting when this is made)
	 */
	public InProcessReads(Supplier<GraphDatabaseService> database) {
		this.lookup = database;
	}

	/**
	 * All rows of the query, each mapped, in one read-only transaction limited to {@code timeout}; the
	 * parameters are Java values (strings, numbers, dates, lists, maps), as the application passes them.
	 * @throws org.neo4j.driver.exceptions.Neo4jException a failure of the query, with its status code
	 */
	public <T> List<T> read(String cypher, Map<String, Object> parameters, Duration timeout,
			Function<Record, T> mapper) {
		try (var tx = begin(timeout); var result = tx.execute(cypher, parameters)) {
			// the columns' names in a list of one kind whatever the query (the kind of list the database returns
			// varies with the query, and compiled code that had met one kind was sent back to the interpreter at
			// each first query of another), indexed once for all its rows, as the driver does
			var keys = List.copyOf(result.columns());
			var queryKeys = new QueryKeys(keys);
			var rows = new ArrayList<T>();
			while (result.hasNext()) {
				var row = result.next();
				var values = new ArrayList<Value>(keys.size());
				for (int column = 0; column < keys.size(); column++) {
					values.add(value(row.get(keys.get(column))));
				}
				rows.add(mapper.apply(new InternalRecord(queryKeys, values)));
			}
			tx.commit();
			return rows;
		}
		catch (RuntimeException ex) {
			throw translated(ex);
		}
	}

	/** A read-only transaction ending at {@code timeout}, or at the database's own limit when none is given. */
	private InternalTransaction begin(Duration timeout) {
		var target = target();
		return (timeout != null)
				? target.database().beginTransaction(KernelTransaction.Type.IMPLICIT, target.readOnly(),
						ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)
				: target.database().beginTransaction(KernelTransaction.Type.IMPLICIT, target.readOnly(),
						ClientConnectionInfo.EMBEDDED_CONNECTION);
	}

	private Target target() {
		var target = this.target;
		if (target == null) {
			var database = (GraphDatabaseAPI) this.lookup.get();
			target = new Target(database, SecurityContext.authDisabled(StaticAccessMode.READ,
					ClientConnectionInfo.EMBEDDED_CONNECTION, database.databaseName()));
			this.target = target;
		}
		return target;
	}

	/** A value of the embedded database as the driver gives it. */
	@SuppressWarnings("deprecation") // the numeric ids of entities, which the driver's records also carry
	static Value value(Object object) {
		return switch (object) {
			case null -> Values.NULL;
			case Node node -> new NodeValue(node(node));
			case Relationship relationship -> new RelationshipValue(relationship(relationship));
			case Path path -> {
				var entities = new ArrayList<Entity>();
				for (var entity : path) {
					entities.add((entity instanceof Node node) ? node(node) : relationship((Relationship) entity));
				}
				yield new PathValue(new InternalPath(entities));
			}
			case Map<?, ?> map -> {
				var values = new LinkedHashMap<String, Value>(map.size() * 2);
				map.forEach((key, item) -> values.put((String) key, value(item)));
				yield Values.value(values);
			}
			case Iterable<?> list -> {
				var values = new ArrayList<Value>();
				list.forEach(item -> values.add(value(item)));
				yield Values.value(values);
			}
			case byte[] bytes -> Values.value(bytes);
			case Object array when array.getClass().isArray() -> {
				var values = new ArrayList<Value>(Array.getLength(array));
				for (int i = 0; i < Array.getLength(array); i++) {
					values.add(value(Array.get(array, i)));
				}
				yield Values.value(values);
			}
			case Point point -> {
				var coordinate = point.getCoordinate().getCoordinate();
				var srid = point.getCRS().getCode();
				yield (coordinate.length == 3) ? Values.point(srid, coordinate[0], coordinate[1], coordinate[2])
						: Values.point(srid, coordinate[0], coordinate[1]);
			}
			case DurationValue duration -> Values.isoDuration(duration.get(ChronoUnit.MONTHS),
					duration.get(ChronoUnit.DAYS), duration.get(ChronoUnit.SECONDS),
					(int) duration.get(ChronoUnit.NANOS));
			default -> Values.value(object);
		};
	}

	@SuppressWarnings("deprecation")
	private static InternalNode node(Node node) {
		var labels = new ArrayList<String>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
	}

	@SuppressWarnings("deprecation")
	private static InternalRelationship relationship(Relationship relationship) {
		return new InternalRelationship(relationship.getId(), relationship.getElementId(),
				relationship.getStartNodeId(), relationship.getStartNode().getElementId(), relationship.getEndNodeId(),
				relationship.getEndNode().getElementId(), relationship.getType().name(),
				properties(relationship.getAllProperties()));
	}

	private static Map<String, Value> properties(Map<String, Object> properties) {
		var values = new HashMap<String, Value>(properties.size() * 2);
		properties.forEach((key, item) -> values.put(key, value(item)));
		return values;
	}

	/** A failure of the embedded database as the driver reports the same failure of a server. */
	static RuntimeException translated(RuntimeException ex) {
		String code = null;
		if (ex instanceof QueryExecutionException query) {
			code = query.getStatusCode();
		}
		else if (ex instanceof Status.HasStatus status) {
			code = status.status().code().serialize();
		}
		if (code == null) {
			return ex;
		}
		var message = (ex.getMessage() != null) ? ex.getMessage() : code;
		var gqlStatus = ErrorGqlStatusObject.DEFAULT_STATUS_CODE;
		var description = ErrorGqlStatusObject.DEFAULT_STATUS_DESCRIPTION;
		var diagnostics = new HashMap<String, Value>();
		if (ex instanceof ErrorGqlStatusObject gql) {
			gqlStatus = gql.gqlStatus();
			description = gql.statusDescription();
			gql.diagnosticRecord().forEach((key, item) -> diagnostics.put(key, value(item)));
		}
		if (code.startsWith("Neo.ClientError.")) {
			return new ClientException(gqlStatus, description, code, message, diagnostics, ex);
		}
		if (code.startsWith("Neo.TransientError.")) {
			return new TransientException(gqlStatus, description, code, message, diagnostics, ex);
		}
		return new DatabaseException(gqlStatus, description, code, message, diagnostics, ex);
	}

}
