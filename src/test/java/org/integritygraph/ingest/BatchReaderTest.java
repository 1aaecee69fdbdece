package org.integritygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;
import org.integritygraph.model.BodyKind;
import org.junit.jupiter.api.Test;
import org.integritygraph.model.GraphModel;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and validating lines into batches, before anything touches the graph. */
class BatchReaderTest {

	/** What one batch of the whole input holds, and the errors of its lines. */
	record ParsedFile(int linesRead, List<NodeLine> nodes, List<RelationshipLine> relationships,
			List<ImportError> errors, Batch batch) {

		static ParsedFile of(InputStream in, int batchSize) throws IOException {
			var errors = new ArrayList<ImportError>();
			var reader = new BatchReader(new Utf8Lines(in), batchSize, 0, errors::add);
			var batch = reader.next();
			return new ParsedFile(reader.linesRead(), batch.nodes(), batch.relationships(), errors, batch);
		}

	}

	@Test
	void parse_validFile_yieldsEveryNodeAndRelationshipWithConvertedValues() throws IOException {
		var file = parseResource("ingest/valid-city.jsonl");

		assertThat(file.errors()).isEmpty();
		assertThat(file.linesRead()).isEqualTo(49);
		assertThat(file.nodes()).hasSize(18);
		assertThat(file.relationships()).hasSize(29);
		var project = file.nodes().get(7);
		assertThat(project.line()).isEqualTo(9);
		assertThat(project.label()).isEqualTo(GraphModel.PROJECT);
		assertThat(project.properties()).containsEntry("budget", 1.2e8)
			.containsEntry("startedOn", LocalDate.of(2019, 3, 1))
			.containsEntry("kind", "PPP");
		assertThat(file.nodes().get(3).properties()).containsEntry("principal", true);
		var responsible = file.relationships().get(9);
		assertThat(responsible.line()).isEqualTo(30);
		assertThat(responsible.type()).isEqualTo(GraphModel.RESPONSIBLE);
		assertThat(responsible.properties()).isEqualTo(Map.of("role", "IN_CHARGE", "from", LocalDate.of(2019, 3, 1)));
	}

	@Test
	void parse_reportsEveryBadLineWithItsNumberAndReason() throws IOException {
		var file = parseResource("ingest/errors.jsonl");

		var bodyKinds = Arrays.stream(BodyKind.values()).map(Enum::name).collect(Collectors.joining(", "));
		assertThat(file.errors()).extracting(ImportError::message)
			.hasSize(21)
			.contains("line 3: unknown label \"Agency\"", "line 4: unknown relationship type \"KNOWS\"",
					"line 5: missing required property Body.name", "line 6: unknown property \"age\" for Person",
					"line 7: bad date \"2020-02-30\" for Phase.from (expected yyyy-MM-dd)",
					"line 8: bad enum value \"MINISTRY\" for Body.kind (allowed: " + bodyKinds + ")",
					"line 9: invalid uscc \"91310112087994932G\" for Company.uscc "
							+ "(not a GB 32100-2015 unified social credit code)",
					"line 11: reserved key \"start\" is not allowed on a node line",
					"line 12: reserved key \"id\" is not allowed on a relationship line",
					"line 13: \"meta\" is only allowed on the first line",
					"line 14: node \"bd-a\" is already declared as Body on line 2",
					"line 15: missing required property HELD.from",
					"line 16: Post.principal must be true or false, not \"yes\"",
					"line 17: expected a JSON object, not array", "line 18: expected \"node\", \"rel\" or \"meta\"",
					"line 19: Project.budget must be a number, not \"很多\"",
					"line 20: bad division code \"99010\" for Body.divisionCode (expected 6 or 12 digits)",
					"line 21: missing required key \"id\"", "line 22: missing required key \"end\"",
					"line 23: required property Body.name cannot be null");
		assertThat(file.errors().get(7).message())
			.isEqualTo("line 10: malformed JSON at column 38: Unexpected end-of-input: expected close marker for Object");
		assertThat(file.errors()).extracting(ImportError::line).isSorted();
	}

	@Test
	void parse_keepsOnlyTheValidLinesOfAFileWithErrors() throws IOException {
		var file = parseResource("ingest/errors.jsonl");

		assertThat(file.nodes()).extracting(NodeLine::id).containsExactly("bd-a");
		assertThat(file.relationships()).isEmpty();
	}

	@Test
	void parse_rejectsAnUnknownFormatAndKeysBesideMeta() throws IOException {
		var file = parse("""
				{"meta":{"format":"integrity-graph/2"},"node":"Body"}
				""");

		assertThat(file.errors()).extracting(ImportError::message)
			.containsExactly("line 1: reserved key \"meta\" cannot be combined with \"node\"",
					"line 1: unsupported format \"integrity-graph/2\" (expected \"integrity-graph/1\")");
	}

	@Test
	void parse_rejectsDuplicateKeysAndTrailingContent() throws IOException {
		var file = parse("""
				{"node":"Person","id":"pe-a","name":"甲","name":"乙"}
				{"node":"Person","id":"pe-b","name":"乙"} {"node":"Person","id":"pe-c","name":"丙"}
				""");

		assertThat(file.errors()).extracting(ImportError::line).containsExactly(1, 2);
		assertThat(file.errors().get(0).reason())
			.isEqualTo("malformed JSON at column 47: Duplicate Object property \"name\"");
		assertThat(file.errors().get(1).reason()).isEqualTo("malformed JSON at column 42: more than one JSON value on the line");
	}

	@Test
	void parse_countsBlankLinesAndStripsAByteOrderMark() throws IOException {
		var file = parse("\uFEFF{\"node\":\"Person\",\"id\":\"pe-a\",\"name\":\"甲\"}\n\n   \n"
				+ "{\"node\":\"Person\",\"id\":\"pe-b\",\"name\":\"乙\"}\n");

		assertThat(file.errors()).isEmpty();
		assertThat(file.linesRead()).isEqualTo(4);
		assertThat(file.nodes()).extracting(NodeLine::line).containsExactly(1, 4);
	}

	@Test
	void parse_keepsNullAsThePropertyRemoval() throws IOException {
		var file = parse("""
				{"node":"Person","id":"pe-a","name":"甲","nameEn":null}
				{"rel":"HELD","start":"pe-a","end":"po-a","from":"2020-01-01","to":null}
				""");

		var removals = new HashMap<String, Object>();
		removals.put("name", "甲");
		removals.put("nameEn", null);
		assertThat(file.nodes().getFirst().properties()).isEqualTo(removals);
		assertThat(file.relationships().getFirst().properties()).containsEntry("to", null).hasSize(2);
	}

	@Test
	void parse_mergesTheSameNodeTwiceWithTheSameLabel_laterLinesOverriding() throws IOException {
		var file = parseResource("ingest/repeated-lines.jsonl");

		assertThat(file.errors()).isEmpty();
		assertThat(file.nodes()).extracting(NodeLine::id).containsExactly("bd-x", "po-x");
		assertThat(file.nodes().getFirst().properties()).containsEntry("name", "新名").containsEntry("nameEn", "Old name");
		assertThat(file.relationships()).extracting(RelationshipLine::line).containsExactly(4);
		assertThat(file.batch().declaredOn()).containsEntry("bd-x", 1).containsEntry("po-x", 3);
	}

	@Test
	void next_cutsTheInputIntoBatchesAndSaysWhereEachEnds() throws IOException {
		var text = "{\"node\":\"Person\",\"id\":\"pe-a\",\"name\":\"甲\"}\n\n{\"node\":\"Person\",\"id\":\"pe-b\",\"name\":\"乙\"}\n";
		var bytes = text.getBytes(StandardCharsets.UTF_8);
		var reader = new BatchReader(new Utf8Lines(new ByteArrayInputStream(bytes)), 2, 0, error -> {
		});

		var first = reader.next();
		var second = reader.next();

		assertThat(first.nodes()).extracting(NodeLine::id).containsExactly("pe-a");
		assertThat(first.lastLine()).isEqualTo(2);
		assertThat(second.nodes()).extracting(NodeLine::id).containsExactly("pe-b");
		assertThat(second.lastLine()).isEqualTo(3);
		assertThat(second.end()).isEqualTo(bytes.length);
		assertThat(reader.next()).isNull();
	}

	@Test
	void parse_reportsInvalidUtf8AtItsLineAndGoesOn() throws IOException {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes("{\"node\":\"Person\",\"id\":\"pe-a\",\"name\":\"甲\"}\r\n".getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("{\"node\":\"Person\",\"id\":\"pe-b\",\"name\":\"".getBytes(StandardCharsets.UTF_8));
		bytes.write(0xff);
		bytes.writeBytes("\"}\n{\"node\":\"Person\",\"id\":\"pe-c\",\"name\":\"丙\"}".getBytes(StandardCharsets.UTF_8));

		var file = ParsedFile.of(new ByteArrayInputStream(bytes.toByteArray()), JsonlImporter.WHOLE_FILE);

		assertThat(file.errors()).extracting(ImportError::message).containsExactly("line 2: not valid UTF-8");
		assertThat(file.nodes()).extracting(NodeLine::id).containsExactly("pe-a", "pe-c");
		assertThat(file.linesRead()).isEqualTo(3);
	}

	private static ParsedFile parse(String text) throws IOException {
		return ParsedFile.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), JsonlImporter.WHOLE_FILE);
	}

	private static ParsedFile parseResource(String resource) throws IOException {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return ParsedFile.of(in, JsonlImporter.WHOLE_FILE);
		}
	}

}
