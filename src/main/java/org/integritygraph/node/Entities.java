package org.integritygraph.node;

import java.util.Optional;

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
import org.neo4j.driver.types.Node;

/**
 * Maps a graph node to the read model of its label. The GraphQL type of an interface or union
 * value ({@code Node}, {@code Actor}, {@code Party}, {@code Concern}) is the record's class name.
 */
public final class Entities {

	private Entities() {
	}

	public static Optional<Object> of(Node node) {
		for (String label : node.labels()) {
			Object model = switch (label) {
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
				default -> null;
			};
			if (model != null) {
				return Optional.of(model);
			}
		}
		return Optional.empty();
	}

	/** For mappers of rows whose {@code node} column may hold any entity. */
	public static Object required(Node node) {
		return of(node).orElseThrow(() -> new IllegalStateException("Node without a known label: " + node.labels()));
	}

}
