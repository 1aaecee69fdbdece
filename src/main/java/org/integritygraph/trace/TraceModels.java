package org.integritygraph.trace;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

import org.integritygraph.body.Body;
import org.integritygraph.commitment.Commitment;
import org.integritygraph.commitment.CommitmentEvent;
import org.integritygraph.contract.Company;
import org.integritygraph.contract.Contract;
import org.integritygraph.person.Person;
import org.integritygraph.person.Post;
import org.integritygraph.project.Decision;
import org.integritygraph.project.Phase;
import org.integritygraph.project.Project;
import org.integritygraph.record.Document;
import org.integritygraph.record.Record;
import org.integritygraph.record.RecordEvent;
import org.integritygraph.record.Task;

/** The read model of any entity node, after its label, so that the API's own resolvers apply to it. */
final class TraceModels {

	private TraceModels() {
	}

	/** The read model of a node value, or null for a null value. */
	static Object entity(Value value) {
		return (value == null || value.isNull()) ? null : entity(value.asNode());
	}

	static Object entity(Node node) {
		return switch (GraphCollector.label(node)) {
			case "Body" -> Body.of(node);
			case "Person" -> Person.of(node);
			case "Post" -> Post.of(node);
			case "Project" -> Project.of(node);
			case "Phase" -> Phase.of(node);
			case "Decision" -> Decision.of(node);
			case "Contract" -> Contract.of(node);
			case "Company" -> Company.of(node);
			case "Commitment" -> Commitment.of(node);
			case "CommitmentEvent" -> CommitmentEvent.of(node);
			case "Record" -> Record.of(node);
			case "RecordEvent" -> RecordEvent.of(node);
			case "Document" -> Document.of(node);
			case "Task" -> Task.of(node);
			default -> throw new IllegalStateException("Not a label of the model: " + node.labels());
		};
	}

	static <T> T as(Value value, Class<T> type) {
		var entity = entity(value);
		return type.isInstance(entity) ? type.cast(entity) : null;
	}

}
