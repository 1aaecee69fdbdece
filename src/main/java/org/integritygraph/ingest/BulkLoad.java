package org.integritygraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

import org.eclipse.collections.impl.list.mutable.primitive.LongArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectLongHashMap;
import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.integritygraph.graph.Database;
import org.integritygraph.ingest.ImportLine.NodeLine;
import org.integritygraph.ingest.ImportLine.RelationshipLine;
import org.integritygraph.model.GraphModel;
import org.integritygraph.model.Label;
import org.integritygraph.model.Property;
import org.integritygraph.model.Relationship;
import org.integritygraph.security.Actor;
import org.integritygraph.system.EmbeddedStore;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The first load of a province into an <em>empty</em> embedded database, through Neo4j's own bulk importer
 * ({@code neo4j-admin database import full}, run in this JVM before the database starts): one streaming pass
 * validates every line as the transactional import does ({@link JsonlParser}: the model's labels, types,
 * properties, on another core a block of lines ahead, {@link ParseAhead}; a relationship names nodes on earlier
 * lines, its ends have labels its type allows) and writes CSV files per label and relationship type; the bulk importer then writes the store in one go, and the
 * schema migrations build the constraints and indexes when the database first starts ({@link #buildSchema}).
 * <p>
 * The audit trail is written as the transactional import writes it, one entry per {@value #ENTRY_LINES} lines
 * (operation {@code import}, the command's actor and file), with a change for every node and relationship
 * created, so that history, the change feed and as-of reads see the load. In a lighter form, as a first load of
 * millions of entities needs it (the audit trail was two thirds of the load's time): a change holds no list of
 * the properties it set, and no state after is written for a node or for a relationship of a type without keys
 * (one of its type between two nodes). What was set is then derived, the same for every reader
 * ({@link org.integritygraph.audit.AuditLog#DERIVED}): the state before the next change of the same node or
 * relationship, or, when none came after, the node or relationship as it is. A relationship of a type with keys
 * (a tenure, a responsibility) keeps its state after, by which an as-of read tells it from others of its type
 * between the same nodes.
 * <p>
 * What the bulk importer cannot do, the load refuses up front: a non-empty database, or a file that gives a
 * node or relationship twice (the transactional import merges repeated lines; use it to update). Nothing is
 * written when a line is bad. Memory: the ids of the file's nodes (with their labels and lines) and a 64-bit
 * hash of each relationship's identity are held, about 100 bytes per node and 16 per relationship.
 * <p>
 * The bulk importer is given the store's own node ids ({@code --id-type=actual}), so it keeps no map from input
 * ids to nodes: every node is numbered as the pass creates it, densely from 0 in the order of the lines (a
 * line's node, then the entry of its block of lines when the block starts, its change, for a relationship with
 * keys the state after it);
 * the labels and relationship types go with the files, not on every row.
 */
public final class BulkLoad {


	/** Lines per audit entry, as the default batch of the transactional import. */
	static final int ENTRY_LINES = ImportOptions.DEFAULT_BATCH_SIZE;

	/** Separates array elements (and a node's labels) in the CSV files: a character no valid value holds. */
	private static final char ARRAY = '\u001F';

	private static final DateTimeFormatter AT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final Path file;

	private final Path work;

	private final Actor actor;

	private final OffsetDateTime at;

	/** Whether the audit trail is written (always, but for the benchmark's floor). */
	private final boolean audited;

	private final List<ImportError> errors = new ArrayList<>();

	/** Node id → label ordinal, node number and line, {@link #pack packed}. */
	private final ObjectLongHashMap<String> nodes = new ObjectLongHashMap<>();

	/** The number of the next node the pass creates (the store's node id, dense from 0). */
	private long nextNode;

	/** The node number of each audit entry, by its sequence (from 1 on). */
	private final LongArrayList entryNodes = new LongArrayList();

	private final LongHashSet relationships = new LongHashSet();

	private final Map<String, Csv> files = new TreeMap<>();

	private boolean multiline;

	private int lines;

	private int nodeCount;

	private int relationshipCount;

	private int entries;

	/**
	 * @param file the JSON Lines file
	 * @param work a folder for the CSV files (created; removed by {@link #close})
	 * @param actor whom the audit entries name
	 */
	private BulkLoad(Path file, Path work, Actor actor, boolean audited) {
		this.file = file;
		this.work = work;
		this.actor = actor;
		this.audited = audited;
		this.at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
	}

	/** The outcome: lines read, what was loaded, or the bad lines (nothing loaded then). */
	public record Result(int lines, int nodes, int relationships, int auditEntries, List<ImportError> errors,
			double validateSeconds, double loadSeconds) {

		public boolean succeeded() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * The first start of a bulk-loaded store: the database alone (not the application), whose schema migrations
	 * build every constraint and index over the loaded data (without the server's time limit, made for requests,
	 * which would cut a constraint over a province short); returns when every index is online.
	 *
	 * @param configFile the database's further settings ({@code integrity.embedded.config-file}), or null
	 * @param percent told the average population percentage while the indexes populate
	 */
	public static void buildSchema(Path dataDirectory, Path configFile, String database, DoubleConsumer percent)
			throws InterruptedException {
		try (var store = EmbeddedStore.startMigrated(dataDirectory, configFile, database)) {
			IndexPopulation.await(store.driver(), Database.named(database).readSession(store.driver()), percent);
		}
	}

	/** Whether the database folder under {@code dataDirectory} holds no store yet (the bulk load's condition). */
	public static boolean isEmpty(Path dataDirectory, String database) {
		var store = dataDirectory.resolve("data").resolve("databases").resolve(database);
		try (Stream<Path> files = Files.exists(store) ? Files.list(store) : Stream.empty()) {
			return files.findAny().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Validates the file and, when every line is valid, bulk-loads it into the database {@code database} of
	 * the embedded data folder {@code dataDirectory}, which must not hold a store yet ({@link #isEmpty}).
	 *
	 * @param progress told where the validation stands
	 * @param validated runs when the validation pass is over (before the bulk importer, if it runs)
	 * @param log receives the bulk importer's own report
	 */
	public static Result load(Path file, Path dataDirectory, String database, Actor actor, ImportProgress progress,
			Runnable validated, PrintStream log) throws IOException {
		return load(file, dataDirectory, database, actor, progress, validated, log, true);
	}

	/**
	 * The floor a bulk load is measured against (by the benchmark, never by a command): the same pass and the
	 * same bulk importer over the same files of nodes and relationships, <em>without</em> the audit trail — what
	 * the machine can do, and by difference what the audit costs. The store it writes has no history.
	 */
	public static Result loadWithoutAudit(Path file, Path dataDirectory, String database) throws IOException {
		return load(file, dataDirectory, database, Actor.of(Actor.Channel.COMMAND, "floor", file.toString()),
				ImportProgress.NONE, () -> {
				}, new PrintStream(OutputStream.nullOutputStream()), false);
	}

	private static Result load(Path file, Path dataDirectory, String database, Actor actor, ImportProgress progress,
			Runnable validated, PrintStream log, boolean audited) throws IOException {
		var work = Files.createDirectories(dataDirectory).resolve("bulk-load");
		deleteRecursively(work);
		Files.createDirectories(work);
		var load = new BulkLoad(file, work, actor, audited);
		try {
			var started = System.nanoTime();
			load.validate(progress);
			validated.run();
			var validation = (System.nanoTime() - started) / 1e9;
			if (!load.errors.isEmpty()) {
				return load.result(validation, 0);
			}
			started = System.nanoTime();
			load.importStore(dataDirectory, database, log);
			return load.result(validation, (System.nanoTime() - started) / 1e9);
		}
		finally {
			load.files.values().forEach(Csv::closeQuietly);
			deleteRecursively(work);
		}
	}

	private Result result(double validate, double load) {
		this.errors.sort(Comparator.comparingInt(ImportError::line));
		return new Result(this.lines, this.nodeCount, this.relationshipCount, this.entries, List.copyOf(this.errors),
				validate, load);
	}

	// ---- the pass over the file ----------------------------------------------------------------------

	private void validate(ImportProgress progress) throws IOException {
		// the lines are parsed a block ahead, on another core; what holds across lines is checked here, in order
		try (var ahead = new ParseAhead(this.file)) {
			ParseAhead.Block block;
			do {
				block = ahead.next();
				block.errors().forEach(this::error);
				for (var line : block.lines()) {
					if (this.errors.size() >= JsonlImporter.MAX_ERRORS) {
						break;
					}
					this.lines = line.line();
					switch (line) {
						case NodeLine node -> node(node);
						case RelationshipLine relationship -> relationship(relationship);
					}
				}
				this.lines = block.lastLine();
				if (block.last() || this.lines % ENTRY_LINES == 0) {
					progress.committed(this.lines, block.position());
				}
			}
			while (!block.last() && this.errors.size() < JsonlImporter.MAX_ERRORS);
		}
		if (this.errors.size() >= JsonlImporter.MAX_ERRORS) {
			this.errors.add(new ImportError(this.lines, "too many errors: stopped reading after %d"
				.formatted(JsonlImporter.MAX_ERRORS)));
		}
		if (this.errors.isEmpty() && this.audited) {
			writeAuditEntries();
		}
	}

	private void node(NodeLine line) throws IOException {
		var labelIndex = GraphModel.labels().indexOf(line.label());
		// one look-up: the node as numbered now, or the one of an earlier line with the same id
		var packed = pack(labelIndex, this.nextNode, line.line());
		var earlier = this.nodes.getIfAbsentPut(line.id(), packed);
		if (earlier != packed) {
			error(new ImportError(line.line(), "node \"%s\" is already given on line %d (the bulk load takes each node "
				.formatted(line.id(), lineOf(earlier)) + "once: import without --bulk to update it)"));
			return;
		}
		var node = this.nextNode++;
		if (!this.errors.isEmpty()) {
			return;
		}
		this.nodeCount++;
		file(this.nodeFiles, line.label().name(), () -> csv("nodes-" + line.label().name(),
				"Entity:" + line.label().name(), nodeHeader(line.label())))
			.row(node, line.id(), values(line.label().properties(), GraphWriter.written(line.properties())), 1L);
		if (!this.audited) {
			return;
		}
		// its state after is the node as loaded: readers derive it (AuditLog#DERIVED) rather than have it twice
		audit("NODE", line.label().name(), line.id(), null, null);
	}

	private void relationship(RelationshipLine line) throws IOException {
		var startNode = end(line, line.start(), "start");
		var endNode = end(line, line.end(), "end");
		if (startNode == NONE || endNode == NONE) {
			return;
		}
		var start = GraphModel.labels().get(labelOf(startNode));
		var end = GraphModel.labels().get(labelOf(endNode));
		if (!line.type().allows(start, end)) {
			error(new ImportError(line.line(),
					GraphWriter.endNodeProblem(line, List.of(start.name()), List.of(end.name()))));
			return;
		}
		if (!this.relationships.add(identityHash(line))) {
			error(new ImportError(line.line(), ("the same %s from \"%s\" to \"%s\" (same key properties) is already "
					+ "given on an earlier line (the bulk load takes each relationship once: import without --bulk "
					+ "to update it)").formatted(line.type().type(), line.start(), line.end())));
			return;
		}
		if (!this.errors.isEmpty()) {
			return;
		}
		this.relationshipCount++;
		var after = GraphWriter.written(line.properties());
		file(this.relationshipFiles, line.type().type(), () -> csv("relationships-" + line.type().type(),
				line.type().type(), relationshipHeader(line.type())))
			.row(nodeOf(startNode), nodeOf(endNode), values(line.type().properties(), after), 1L);
		if (!this.audited) {
			return;
		}
		var change = audit("RELATIONSHIP", line.type().type(), null, line.start(), line.end());
		if (!line.type().keys().isEmpty()) {
			// one of several of its type between the same nodes, told apart by its keys: an as-of read finds it by
			// its state after, so that state is written; of a type without keys, one is all there is
			var state = this.nextNode++;
			file(this.stateFiles, line.type().type(), () -> csv("audit-states-" + line.type().type(),
					"Audit:AuditState", relationshipStateHeader(line.type())))
				.row(state, values(line.type().properties(), after), 1L);
			file(this.auditFiles, "audit-after", () -> csv("audit-after", "AFTER", ":START_ID|:END_ID")).row(change, state);
		}
	}

	/**
	 * A relationship's end node, given on an earlier line: its label's ordinal, node number and line,
	 * {@link #pack packed}; {@link #NONE} (an error reported) otherwise.
	 */
	private long end(RelationshipLine line, String id, String side) {
		var packed = this.nodes.getIfAbsent(id, NONE);
		if (packed == NONE) {
			error(new ImportError(line.line(), "%s node \"%s\" not found (a relationship can only name nodes on "
				.formatted(side, id) + "earlier lines)"));
			return NONE;
		}
		if (lineOf(packed) > line.line()) {
			error(new ImportError(line.line(), "%s node \"%s\" not found (it is declared on line %d; a relationship "
				.formatted(side, id, lineOf(packed)) + "can only name nodes in the graph or on earlier lines)"));
			return NONE;
		}
		return packed;
	}

	/** No node (an end not found). */
	private static final long NONE = -1;

	/** Bits of a node number and of a line in a {@link #pack packed} node. */
	private static final int BITS = 28;

	private static final long MASK = (1L << BITS) - 1;

	/**
	 * A node of the file in 64 bits: its label's ordinal (high 8 bits), its node number (next {@value #BITS}
	 * bits) and its line (low {@value #BITS} bits).
	 */
	private static long pack(int label, long node, int line) {
		if (node > MASK || line > MASK) {
			throw new IllegalArgumentException("The file is too large for the bulk load (at most %,d lines): import "
				.formatted(MASK / 3) + "it in parts, the first with --bulk and the others without");
		}
		return ((long) label << (2 * BITS)) | (node << BITS) | line;
	}

	private static int labelOf(long packed) {
		return (int) (packed >>> (2 * BITS));
	}

	private static long nodeOf(long packed) {
		return (packed >>> BITS) & MASK;
	}

	private static int lineOf(long packed) {
		return (int) (packed & MASK);
	}

	// ---- the audit trail -------------------------------------------------------------------------------

	/**
	 * Records one change (created) in the entry of the line's block of {@value #ENTRY_LINES} lines, without the
	 * names of the properties it set, which are those of its state after.
	 *
	 * @return the node number of the change
	 */
	private long audit(String target, String type, String entityId, String startId, String endId) throws IOException {
		var block = entryOf(this.lines);
		if (block != this.block) {
			this.block = block;
			this.sequence++;
			this.entryNodes.add(this.nextNode++);
		}
		var sequence = this.sequence;
		var index = this.changesPerEntry.merge(sequence, 1L, Long::sum) - 1;
		var change = this.nextNode++;
		if (this.entryTime == null || this.entryTimeOf != sequence) {
			this.entryTime = AT.format(entryTime(sequence));
			this.entryTimeOf = sequence;
		}
		file(this.auditFiles, "audit-changes", () -> csv("audit-changes", "Audit:AuditChange",
				":ID|sequence:long|at:datetime|index:long|operation|target|type|entityId|startId|endId"))
			.row(change, (long) sequence, this.entryTime, index, "CREATED", target, type, entityId, startId, endId);
		file(this.auditFiles, "audit-has-change", () -> csv("audit-has-change", "HAS_CHANGE", ":START_ID|:END_ID"))
			.row(this.entryNodes.get(sequence - 1), change);
		return change;
	}

	/** The time of the entry {@link #entryTimeOf}, formatted. */
	private String entryTime;

	private int entryTimeOf;

	/** The number of changes in each entry. */
	private final Map<Integer, Long> changesPerEntry = new HashMap<>();

	/** The block of lines of the last change, and its entry's number (entries are numbered from 1 on). */
	private int block;

	private int sequence;

	private static int entryOf(int line) {
		return (line - 1) / ENTRY_LINES + 1;
	}

	private OffsetDateTime entryTime(int sequence) {
		return this.at.plus(sequence - 1, ChronoUnit.MILLIS);
	}

	/** The entries (one per block of lines with changes) and the trail's sequence. */
	private void writeAuditEntries() throws IOException {
		if (this.sequence == 0) {
			return;
		}
		var entries = csv("audit-entries", "Audit:AuditEntry", ":ID|sequence:long|at:datetime|actor"
				+ "|channel|operation|source|changeCount:long");
		for (int sequence = 1; sequence <= this.sequence; sequence++) {
			entries.row(this.entryNodes.get(sequence - 1), (long) sequence, AT.format(entryTime(sequence)),
					this.actor.name(), this.actor.channel().name(), "import", this.actor.source(),
					this.changesPerEntry.get(sequence));
		}
		this.entries = this.sequence;
		csv("audit-sequence", "Audit:AuditSequence", ":ID|name|value:long|at:datetime").row(this.nextNode++,
				"audit", (long) this.sequence, AT.format(entryTime(this.sequence)));
	}

	// ---- CSV ---------------------------------------------------------------------------------------------

	/** A node file's header: its node number, its {@code id}, the label's properties. */
	private static String nodeHeader(Label label) {
		var header = new StringBuilder(":ID|id");
		label.properties().forEach(property -> header.append('|').append(column(property)));
		return header.append("|version:long").toString();
	}

	private static String relationshipHeader(Relationship type) {
		var header = new StringBuilder(":START_ID|:END_ID");
		type.properties().forEach(property -> header.append('|').append(column(property)));
		return header.append("|version:long").toString();
	}

	private static String relationshipStateHeader(Relationship type) {
		var header = new StringBuilder(":ID");
		type.properties().forEach(property -> header.append('|').append(column(property)));
		return header.append("|version:long").toString();
	}

	private static String column(Property property) {
		return property.name() + switch (property.type()) {
			case DATE -> ":date";
			case NUMBER -> ":double";
			case BOOLEAN -> ":boolean";
			case STRING_LIST -> ":string[]";
			default -> "";
		};
	}

	private static Object[] values(List<Property> declared, Map<String, Object> properties) {
		var values = new Object[declared.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = properties.get(declared.get(i).name());
		}
		return values;
	}

	/** The files of nodes by label, of relationships and of their states by type, of the audit trail by name. */
	private final Map<String, Csv> nodeFiles = new HashMap<>();

	private final Map<String, Csv> relationshipFiles = new HashMap<>();

	private final Map<String, Csv> stateFiles = new HashMap<>();

	private final Map<String, Csv> auditFiles = new HashMap<>();

	/**
	 * The file of {@code key} in {@code files}, made by {@code create} on first use: a line's file is found
	 * without building its name and header again.
	 */
	private static Csv file(Map<String, Csv> files, String key, IoSupplier<Csv> create) throws IOException {
		var csv = files.get(key);
		if (csv == null) {
			csv = create.get();
			files.put(key, csv);
		}
		return csv;
	}

	@FunctionalInterface
	private interface IoSupplier<T> {

		T get() throws IOException;

	}

	/**
	 * The CSV file {@code name}, created with its header on first use; {@code labels} (colon-separated) or the
	 * relationship type is given to the bulk importer with the file, not on every row.
	 */
	private Csv csv(String name, String labels, String header) throws IOException {
		var csv = this.files.get(name);
		if (csv == null) {
			csv = new Csv(this.work.resolve(name + ".csv"), labels, header);
			this.files.put(name, csv);
		}
		return csv;
	}

	/**
	 * One CSV file: a header of typed columns ({@code name:type}) and rows; a string is quoted only when it
	 * must be (empty, or holding a delimiter, a quote or a line break).
	 */
	private final class Csv {

		private final Path path;

		private final String labels;

		private final Writer out;

		Csv(Path path, String labels, String header) throws IOException {
			this.path = path;
			this.labels = labels;
			this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
			this.out.write(header.replace('|', ','));
			this.out.write('\n');
		}

		/** The row being written: one write to the file per row. */
		private final StringBuilder row = new StringBuilder(256);

		private char[] chars = new char[256];

		void row(Object... values) throws IOException {
			var row = this.row;
			row.setLength(0);
			var first = true;
			for (var value : values) {
				if (value instanceof Object[] nested) {
					for (var element : nested) {
						if (!first) {
							row.append(',');
						}
						first = false;
						write(element);
					}
					continue;
				}
				if (!first) {
					row.append(',');
				}
				first = false;
				write(value);
			}
			row.append('\n');
			if (this.chars.length < row.length()) {
				this.chars = new char[Math.max(row.length(), 2 * this.chars.length)];
			}
			row.getChars(0, row.length(), this.chars, 0);
			this.out.write(this.chars, 0, row.length());
		}

		private void write(Object value) {
			switch (value) {
				case null -> {
				}
				case String text -> quoted(text);
				case List<?> list -> {
					var joined = new StringBuilder();
					for (var element : list) {
						if (!joined.isEmpty()) {
							joined.append(ARRAY);
						}
						joined.append(element);
					}
					quoted(joined.toString());
				}
				case Long number -> this.row.append(number.longValue());
				default -> this.row.append(value);
			}
		}

		private void quoted(String text) {
			var plain = !text.isEmpty();
			for (int i = 0; plain && i < text.length(); i++) {
				var c = text.charAt(i);
				plain = c != ',' && c != '"' && c != '\n' && c != '\r';
			}
			if (plain) {
				this.row.append(text);
				return;
			}
			if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				BulkLoad.this.multiline = true;
			}
			this.row.append('"').append(text.replace("\"", "\"\"")).append('"');
		}

		void close() throws IOException {
			this.out.close();
		}

		void closeQuietly() {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				// the folder is removed next
			}
		}

	}

	// ---- the bulk importer ---------------------------------------------------------------------------

	private void importStore(Path dataDirectory, String database, PrintStream log) throws IOException {
		for (var csv : this.files.values()) {
			csv.close();
		}
		var arguments = new ArrayList<String>(List.of(database, "--overwrite-destination=false",
				"--array-delimiter=U+001F", "--id-type=actual", "--bad-tolerance=0",
				"--multiline-fields=" + this.multiline, "--report-file=" + this.work.resolve("import.report"),
				// twice the cores: its stages also wait on the disk (on 2 cores, 1.85 M lines, its own time 8.8-9.7 s
				// against 11.0-11.1 s with a thread per core; 8 threads no better than 4)
				"--threads=" + 2 * Runtime.getRuntime().availableProcessors()));
		this.files.forEach((name, csv) -> arguments.add(
				(name.startsWith("relationships-") || name.equals("audit-has-change") || name.equals("audit-after"))
						? "--relationships=" + csv.labels + "=" + csv.path : "--nodes=" + csv.labels + "=" + csv.path));
		var conf = Files.createDirectories(this.work.resolve("conf"));
		try (var fs = new DefaultFileSystemAbstraction()) {
			var context = new ExecutionContext(dataDirectory.toAbsolutePath(), conf, log, log, fs);
			var exit = new CommandLine(new org.neo4j.importer.ImportCommand.Full(context)).execute(arguments.toArray(String[]::new));
			if (exit != 0) {
				throw new IllegalStateException("The bulk importer failed (exit code " + exit + "); see its output above");
			}
		}
	}

	// ---- helpers -----------------------------------------------------------------------------------------

	private void error(ImportError error) {
		if (this.errors.size() < JsonlImporter.MAX_ERRORS) {
			this.errors.add(error);
		}
	}

	/** A 64-bit hash of the relationship's identity (type, ends, key property values). */
	private static long identityHash(RelationshipLine line) {
		var identity = line.identity();
		var text = identity.type().type() + '\u0000' + identity.start() + '\u0000' + identity.end() + '\u0000'
				+ identity.keyValues();
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		// splitmix64 finaliser: spreads FNV's weak low bits
		hash ^= hash >>> 30;
		hash *= 0xbf58476d1ce4e5b9L;
		hash ^= hash >>> 27;
		hash *= 0x94d049bb133111ebL;
		return hash ^ (hash >>> 31);
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var paths = Files.walk(folder)) {
			for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
