package org.integritygraph.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import org.integritygraph.graph.Database;
import org.integritygraph.ingest.BulkLoad;
import org.integritygraph.ingest.FloorImport;
import org.integritygraph.ingest.ImportProgress;
import org.integritygraph.ingest.ImportOptions;
import org.integritygraph.ingest.JsonlImporter;
import org.integritygraph.security.Actor;
import org.integritygraph.security.Role;
import org.integritygraph.security.TokenIssuer;
import org.integritygraph.system.ApplicationCommand;
import org.integritygraph.system.WarmUps;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code benchmark}: generates (or takes) a province, imports it at several sizes beside the raw-UNWIND
 * floor, starts the service on it as its own process and measures, over HTTP, the API against the raw
 * Cypher of the same operations over Bolt. Prints one report; nothing here is a test.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Generates (or takes) a province, imports it at several sizes beside the raw Cypher UNWIND "
				+ "floor, starts the service on it and reports: import lines/s, start-up time, p50/p99 of the API "
				+ "over HTTP beside the raw Cypher of the same operation over Bolt, first call against warm, queries "
				+ "per request, and the service's memory at idle and under 8 and 64 concurrent clients." })
public class BenchmarkCommand extends ApplicationCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Option(names = "--scale", defaultValue = "1", paramLabel = "S",
			description = "the province to generate (default: ${DEFAULT-VALUE}, about 1.85 M lines)")
	double scale;

	@Option(names = "--file", paramLabel = "FILE", description = "a JSON Lines file to use instead of generating")
	Path file;

	@Option(names = "--workdir", defaultValue = "benchmark-run", paramLabel = "DIR",
			description = "where the dataset and the databases go (default: ${DEFAULT-VALUE})")
	Path workdir;

	@Option(names = "--sizes", split = ",", defaultValue = "100000", paramLabel = "LINES",
			description = "import sizes measured beside the floor, besides the whole file (default: ${DEFAULT-VALUE})")
	List<Integer> sizes;

	@Option(names = "--requests", defaultValue = "200", paramLabel = "N",
			description = "timed requests per operation (default: ${DEFAULT-VALUE})")
	int requests;

	@Option(names = "--warm-up", defaultValue = "20", paramLabel = "SECONDS",
			description = "warm-up per operation before it is timed, API and raw Cypher in turn (default: ${DEFAULT-VALUE})")
	int warmUp;

	@Option(names = "--starts", defaultValue = "3", paramLabel = "N",
			description = "starts of the service whose first calls are timed (after its warm-ups, each operation once "
					+ "in turn); their median is set against the warm calls made the same way (default: ${DEFAULT-VALUE})")
	int starts;

	@Option(names = "--launch", split = ",", defaultValue = "jar", paramLabel = "HOW",
			description = "how the service is started, each timed to ready; latency and load are measured on the last: "
					+ "jar (java -jar), aot (the extracted jar with a JDK AOT cache, see README) (default: ${DEFAULT-VALUE})")
	List<Launch> launches;

	/** How the service is started. */
	enum Launch {

		/** {@code java -jar} on the jar this command runs from. */
		jar,
		/** The jar extracted ({@code -Djarmode=tools extract}) and started with a JDK AOT cache of a training run. */
		aot

	}

	@Option(names = "--service-memory", defaultValue = "4g", paramLabel = "SIZE",
			description = "-Xmx of the service process (default: ${DEFAULT-VALUE})")
	String serviceMemory;

	@Option(names = "--skip-import", description = "reuse the database imported into DIR by an earlier run")
	boolean skipImport;

	@Override
	protected void check() {
		if (this.file != null && !Files.isRegularFile(this.file)) {
			throw invalid("File not found: " + this.file.toAbsolutePath());
		}
		if (this.requests < 10) {
			throw invalid("--requests must be at least 10");
		}
		if (this.warmUp < 0) {
			throw invalid("--warm-up must be 0 or more seconds");
		}
		if (this.starts < 1) {
			throw invalid("--starts must be at least 1");
		}
		if (this.launches.contains(Launch.aot) && jar() == null) {
			throw invalid("--launch aot needs the command to run from the jar (java -jar ...)");
		}
		if (this.skipImport && !Files.isDirectory(this.workdir.resolve("db"))) {
			throw invalid("--skip-import: no database in " + this.workdir.resolve("db"));
		}
	}

	@Override
	protected int run() throws Exception {
		Files.createDirectories(this.workdir);
		var report = new Report(out());
		report.line("Benchmark on %d cores, %s, Java %s; load average %.1f; warm-up %d s per operation",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), Runtime.version(), loadAverage(),
				this.warmUp);
		var dataset = (this.file != null) ? this.file : this.workdir.resolve("province.jsonl");
		if (this.file == null && !this.skipImport) {
			var started = System.nanoTime();
			var summary = GenerateCommand.generate(dataset, this.scale, 20260801);
			report.line("Generated %,d lines (%,d nodes, %,d relationships) in %.1f s", summary.lines(), summary.nodes(),
					summary.relationships(), seconds(started));
		}
		if (!this.skipImport) {
			imports(dataset, report);
		}
		service(report);
		return OK;
	}

	// ---- import -------------------------------------------------------------------------------------

	private void imports(Path dataset, Report report) throws IOException, InterruptedException {
		report.line("%nImport (in-process embedded database, batches of %,d lines)", ImportOptions.DEFAULT_BATCH_SIZE);
		report.line("%12s %14s %14s %8s %10s", "lines", "import lines/s", "floor lines/s", "ratio", "cpu s/Mline");
		var total = countLines(dataset);
		var all = new ArrayList<>(this.sizes.stream().filter(size -> size < total).toList());
		var starts = new ArrayList<Double>();
		all.add((int) total);
		for (var size : all) {
			var input = (size == total) ? dataset : prefix(dataset, size);
			// Each import gets a fresh database, started (schema migrations included) before the clock starts.
			Timed floor;
			try (var context = startApplication("--integrity.embedded.data-directory=" + freshDirectory("floor-" + size))) {
				floor = timed(() -> FloorImport.run(context.getBean(Driver.class), context.getBean(Database.class), input,
						ImportOptions.DEFAULT_BATCH_SIZE));
			}
			var db = (size == total) ? freshDirectory("db") : freshDirectory("import-" + size);
			Timed imported;
			var starting = System.nanoTime();
			try (var context = startApplication("--integrity.embedded.data-directory=" + db)) {
				starts.add(seconds(starting));
				if (size == total) {
					this.token = token(context);
				}
				imported = timed(() -> {
					var result = context.getBean(JsonlImporter.class)
						.importFile(input, ImportOptions.batches(ImportOptions.DEFAULT_BATCH_SIZE));
					if (!result.succeeded()) {
						throw new IllegalStateException("Import failed: " + result.errors().getFirst());
					}
					return result.linesRead();
				});
			}
			report.line("%,12d %,14.0f %,14.0f %8.2f %10.1f", size, size / imported.seconds, size / floor.seconds,
					imported.seconds / floor.seconds, imported.cpuSeconds / (size / 1e6));
		}
		report.line("(timed from the first line to the last commit; database start-up excluded; the floor writes the same "
				+ "lines with plain UNWIND ... CREATE per label and type)");
		report.line("Start of the application on a new database (schema migrations included): %s s",
				String.join(", ", starts.stream().map(t -> String.format(Locale.ROOT, "%.1f", t)).toList()));
		bulkLoads(dataset, all, total, report);
	}

	/** Loads of each size in this JVM after its first, alternating with the floor; their medians are reported. */
	private static final int BULK_ROUNDS = 3;

	/**
	 * {@code import --bulk} at the same sizes, two ways. As a user runs it: the command in a new JVM, from its start
	 * to a database ready with every index (wall time, peak RSS, the command's own account). And warm, in this JVM:
	 * one load of the size, whose store then starts to build its schema (timed), then {@value #BULK_ROUNDS} loads
	 * alternating with as many of the bulk floor, the same pass and importer over the same node and relationship
	 * files without the audit trail, both warmed alike; their medians are the throughput and the ceiling of the
	 * machine.
	 */
	private void bulkLoads(Path dataset, List<Integer> sizes, long total, Report report)
			throws IOException, InterruptedException {
		report.line("%nBulk load as a user runs it (import --bulk into an empty database, a new JVM with -Xmx%s: validate "
				+ "and write CSV, bulk importer, then start with the schema migrations and wait for every index)",
				this.serviceMemory);
		report.line("%12s %10s %14s %12s  %s", "lines", "command s", "lines/s", "peak RSS MB", "the command's account");
		var inputs = new ArrayList<Path>();
		for (var size : sizes) {
			inputs.add((size == total) ? dataset : prefix(dataset, size));
			bulkCommand(inputs.getLast(), size, report);
		}
		report.line("%nBulk load warm (in this JVM; medians of %d loads after a first one, alternating with the floor)",
				BULK_ROUNDS);
		report.line("%12s %12s %10s %14s %12s %12s %14s %8s", "lines", "validate s", "load s", "loaded lines/s",
				"start+idx s", "floor s", "floor lines/s", "ratio");
		for (int i = 0; i < sizes.size(); i++) {
			var size = sizes.get(i);
			var input = inputs.get(i);
			var db = freshDirectory("bulk-" + size);
			bulkLoad(input, db, true);
			var starting = System.nanoTime();
			BulkLoad.buildSchema(db, null, "neo4j", percent -> {
			});
			var ready = seconds(starting);
			var validate = new double[BULK_ROUNDS];
			var loaded = new double[BULK_ROUNDS];
			var floor = new double[BULK_ROUNDS];
			for (int round = 0; round < BULK_ROUNDS; round++) {
				var result = bulkLoad(input, freshDirectory("bulk-floor-" + size), false);
				floor[round] = result.validateSeconds() + result.loadSeconds();
				result = bulkLoad(input, freshDirectory("bulk-round-" + size), true);
				validate[round] = result.validateSeconds();
				loaded[round] = result.validateSeconds() + result.loadSeconds();
			}
			freshDirectory("bulk-floor-" + size);
			freshDirectory("bulk-round-" + size);
			var seconds = median(loaded);
			report.line("%,12d %12.1f %10.1f %,14.0f %12.1f %12.1f %,14.0f %8.2f", size, median(validate),
					seconds - median(validate), size / seconds, ready, median(floor), size / median(floor),
					seconds / median(floor));
		}
		report.line("(loaded = validate + load, to a loaded store; start+idx: the first start of the first load's store "
				+ "until every index is online; the floor: the same validation pass and bulk importer over the same node "
				+ "and relationship files, without the audit trail; ratio = loaded / floor, what the audit costs)");
	}

	/** {@code import --bulk} of {@code input} as a user runs it, in a new JVM, into a new data folder. */
	private void bulkCommand(Path input, int size, Report report) throws IOException, InterruptedException {
		var db = freshDirectory("bulk-command-" + size);
		var command = java();
		command.addAll(launch());
		command.addAll(List.of("import", "--file", input.toAbsolutePath().toString(), "--bulk", "--no-progress"));
		var log = this.workdir.resolve("bulk-command-" + size + ".log");
		var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// the bulk load is the embedded database's: not a server this shell may point at
		builder.environment().remove("NEO4J_URI");
		builder.environment().put("INTEGRITY_DATA_DIR", db.toString());
		var started = System.nanoTime();
		var process = builder.start();
		long peak = 0;
		while (!process.waitFor(100, TimeUnit.MILLISECONDS)) {
			peak = Math.max(peak, rss(process.pid()));
		}
		var seconds = seconds(started);
		if (process.exitValue() != 0) {
			throw new IllegalStateException("import --bulk failed (exit code " + process.exitValue() + "); see " + log);
		}
		String account;
		try (var lines = Files.lines(log)) {
			account = lines.filter(line -> line.startsWith("in ")).reduce((a, b) -> b).orElse("see " + log);
		}
		report.line("%,12d %10.1f %,14.0f %,12d  %s", size, seconds, size / seconds, peak >> 20, account);
		freshDirectory("bulk-command-" + size);
	}

	private static BulkLoad.Result bulkLoad(Path input, Path db, boolean audited) throws IOException {
		var result = audited
				? BulkLoad.load(input, db, "neo4j", Actor.of(Actor.Channel.COMMAND, "benchmark", input.toString()),
						ImportProgress.NONE, () -> {
						}, new PrintStream(OutputStream.nullOutputStream()))
				: BulkLoad.loadWithoutAudit(input, db, "neo4j");
		if (!result.succeeded()) {
			throw new IllegalStateException("Bulk load failed: " + result.errors().getFirst().message());
		}
		return result;
	}

	private static double median(double[] values) {
		var sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	// ---- the service --------------------------------------------------------------------------------

	/** The bearer token of the benchmark's requests, signed with the database's local key. */
	private String token;

	private static String token(org.springframework.context.ApplicationContext context) {
		return context.getBean(TokenIssuer.class).issue(Role.ADMIN, "benchmark", List.of(), Duration.ofHours(24));
	}

	private void service(Report report) throws Exception {
		for (int i = 0; i < this.launches.size(); i++) {
			service(report, this.launches.get(i), i == this.launches.size() - 1);
		}
	}

	private void service(Report report, Launch launch, boolean measure) throws Exception {
		var db = this.workdir.resolve("db").toAbsolutePath();
		// Requests are made as an admin: everything is visible (as to the raw Cypher) and the query counter is
		// readable; the token is signed with the database's local key.
		if (this.token == null) {
			try (var context = startApplication("--integrity.embedded.data-directory=" + db)) {
				this.token = token(context);
			}
		}
		var token = this.token;
		var httpPort = freePort();
		var boltPort = freePort();
		var command = java();
		command.addAll((launch == Launch.aot) ? AotCache.prepare(jar(), this.workdir.resolve("app"), "-Xmx" + this.serviceMemory, out()) : launch());
		command.addAll(List.of("--server.port=" + httpPort, "--integrity.embedded.bolt-port=" + boltPort,
				"--integrity.embedded.data-directory=" + db, "--integrity.sample.enabled=false",
				// the service's today is the benchmark's: the raw Cypher gets the same dates
				"--integrity.time-zone=" + ZoneId.systemDefault().getId(),
				"--management.endpoints.web.exposure.include=health,info,metrics",
				// the benchmark's clients are one subject at one address: no rate limit, and room for 64 at once
				"--integrity.limits.public-requests-per-minute=" + Integer.MAX_VALUE,
				"--integrity.limits.authenticated-requests-per-minute=" + Integer.MAX_VALUE,
				"--integrity.limits.max-concurrent-requests=64"));
		var log = this.workdir.resolve("service.log");
		var started = System.nanoTime();
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		FirstCalls firstCalls;
		List<Operation> operations;
		try {
			var http = Http.local(httpPort, token);
			waitUntilReady(http, process);
			report.line("%nStart-up to ready (/actuator/health/readiness UP), launched from %s: %.1f s (%s)",
					(launch == Launch.aot) ? "the extracted jar with an AOT cache" : "the jar", seconds(started),
					startupLine(log));
			if (!measure) {
				return;
			}
			var ready = System.nanoTime();
			var password = Files.readString(db.resolve("bolt-password"), StandardCharsets.UTF_8).strip();
			try (var driver = GraphDatabase.driver("bolt://localhost:" + boltPort, AuthTokens.basic("neo4j", password))) {
				// the subjects and the raw Cypher are found while the warm-ups run, so that the first calls follow
				// them at once: the first calls are those of users after the service's warm-ups (which never delay
				// readiness), not after minutes of other operations
				var samples = Samples.find(driver);
				operations = Operations.of(samples, driver);
				report.line("Warm-ups (request path, trace queries, compiling the request path) %s",
						waitForWarmUps(log, process) ? "done %.1f s after readiness".formatted(seconds(ready))
								: "not done within 15 minutes after readiness (first calls measured anyway)");
				// as a user arriving after the start: the JIT compiler's queue (two cores) and the service's
				// other background work over
				var warmedUp = System.nanoTime();
				report.line("The service %s", waitForIdle(process) ? "idle %.1f s after the warm-ups".formatted(
						seconds(warmedUp)) : "not idle within a minute after the warm-ups (first calls measured anyway)");
				report.line("%nIdle RSS: %,d MB", rss(process.pid()) >> 20);
				firstCalls = latencies(report, http, driver, operations, process);
				load(report, http, operations, process.pid());
			}
		}
		finally {
			process.destroy();
			process.waitFor();
		}
		var first = new ArrayList<double[]>(List.of(firstCalls.first()));
		for (int start = 2; start <= this.starts; start++) {
			// ports of its own: the last start's may still be held by the system
			var again = freePort();
			var bolt = freePort();
			var arguments = command.stream()
				.map(argument -> argument.startsWith("--server.port=") ? "--server.port=" + again
						: argument.startsWith("--integrity.embedded.bolt-port=") ? "--integrity.embedded.bolt-port=" + bolt
								: argument)
				.toList();
			var http = Http.local(again, token);
			first.add(firstCallsOfAStart(arguments, log, http, operations));
		}
		firstCallsOfStarts(report, operations, first, firstCalls.paused());
	}

	/** The first calls of one start, and the warm calls made the same way (medians), by operation. */
	private record FirstCalls(double[] first, double[] paused) {
	}

	/**
	 * The first calls of a new start of the service: once it is ready, its warm-ups done and it is idle, each
	 * operation once in turn, as after the measured start (whose data and launch it reuses).
	 */
	private static double[] firstCallsOfAStart(List<String> command, Path log, Http http, List<Operation> operations)
			throws Exception {
		var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			waitUntilReady(http, process);
			waitForWarmUps(log, process);
			waitForIdle(process);
			return inTurn(http, operations);
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	/**
	 * The first calls of every start beside the warm calls made the same way: a single first call moves by 2× or
	 * more from one start to the next (what the JIT compiled, and when), so the median of several starts is the
	 * figure set against the goal.
	 */
	private static void firstCallsOfStarts(Report report, List<Operation> operations, List<double[]> first,
			double[] paused) {
		report.line("%nFirst calls over %d start(s) of the service (ms; each start: ready, warm-ups done, idle, then each "
				+ "operation once in turn)", first.size());
		report.line("%-22s %-28s %8s %8s %8s", "operation", "first call of each start", "median", "paused",
				"med/psd");
		for (int o = 0; o < operations.size(); o++) {
			int operation = o;
			var calls = first.stream().mapToDouble(times -> times[operation]).toArray();
			var each = Arrays.stream(calls).mapToObj("%.1f"::formatted).collect(java.util.stream.Collectors.joining(" "));
			var median = median(calls);
			report.line("%-22s %-28s %8.1f %8.1f %8.2f", operations.get(o).name(), each, median, paused[o],
					median / paused[o]);
		}
		report.line("(paused = the warm calls made the same way, after the first start's measurements)");
	}

	/** Rounds of the HTTP client's warm-up on the stand-in: each sends every operation's request once. */
	private static final int CLIENT_WARM_UP_ROUNDS = 250;

	/** Rounds of {@link #pausedCalls}. */
	private static final int PAUSED_ROUNDS = 7;

	private FirstCalls latencies(Report report, Http http, Driver driver, List<Operation> operations, Process process)
			throws Exception {
		report.line("%nLatency, %d sequential requests after %d s of warm-up per operation, API and raw Cypher in turn (ms)",
				this.requests, this.warmUp);
		report.line("%-22s %8s %8s %8s %8s %8s %8s %8s %7s", "operation", "first", "p50", "p99", "cypher1st", "c.p50",
				"c.p99", "ratio50", "queries");
		// every operation's first call right after the warm-ups, one after the other, as users' first calls after a
		// start, then the raw Cypher's (whose planning would otherwise run between them). The benchmark's own
		// HTTP client is warmed first on a stand-in server in this process, with the operations' own requests (their
		// texts and variables, Chinese text among them) and an answer of some kilobytes in Chinese as the service's,
		// so that a first call times the service and not this process loading and compiling its client (an
		// answer in ASCII alone left the decoding of Chinese text to the first calls), and nothing but the first
		// calls reaches the service after its warm-ups; its driver, with Chinese text too, before the raw Cypher.
		var clientWarmUp = new Operation("client warm-up", """
				query($name: String!) { __type(name: $name) { name fields { name type { name kind ofType { name } } } } }""",
				Map.of("name", "Body"), "UNWIND range(1, 50) AS i RETURN i, {text: $text, on: date()} AS row",
				Map.of("text", StandIn.CHINESE));
		try (var standIn = StandIn.start()) {
			var local = new Http(http.client(), standIn.base(), http.token());
			for (int i = 0; i < CLIENT_WARM_UP_ROUNDS; i++) {
				post(local, clientWarmUp);
				for (var operation : operations) {
					post(local, operation);
				}
			}
		}
		var firstApi = inTurn(http, operations);
		for (int i = 0; i < 200; i++) {
			raw(driver, clientWarmUp);
		}
		var firstCypher = rawInTurn(driver, operations);
		var apiP50 = new double[operations.size()];
		var cypherP50 = new double[operations.size()];
		for (int o = 0; o < operations.size(); o++) {
			var operation = operations.get(o);
			// the JIT needs thousands of calls on two cores: warm up for a time, not a number of calls
			var warm = System.nanoTime() + Duration.ofSeconds(this.warmUp).toNanos();
			while (System.nanoTime() < warm) {
				post(http, operation);
				raw(driver, operation);
			}
			var queriesBefore = queries(http);
			post(http, operation);
			var queries = queries(http) - queriesBefore;
			var api = new double[this.requests];
			var cypher = new double[this.requests];
			for (int i = 0; i < this.requests; i++) {
				api[i] = time(() -> post(http, operation));
				cypher[i] = time(() -> raw(driver, operation));
			}
			Arrays.sort(api);
			Arrays.sort(cypher);
			apiP50[o] = api[api.length / 2];
			cypherP50[o] = cypher[cypher.length / 2];
			report.line("%-22s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f %8.2f %7s", operation.name(), firstApi[o],
					api[api.length / 2], api[api.length * 99 / 100], firstCypher[o], cypher[cypher.length / 2],
					cypher[cypher.length * 99 / 100], api[api.length / 2] / cypher[cypher.length / 2],
					queries < 0 ? "n/a" : Long.toString(queries));
		}
		report.line("(ratio50 = API p50 / raw Cypher p50; for a trace the raw Cypher runs the queries the service runs "
				+ "for one request, with the same parameters, one after the other; for lookup, list and search a "
				+ "hand-written equivalent; over Bolt, reading every row. queries = the service's count for one request)");
		return new FirstCalls(firstApi, pausedCalls(report, http, driver, operations, process, firstApi, apiP50,
				cypherP50));
	}

	/**
	 * The first calls again with the service warm, made the same way: after the service has been idle (as
	 * before the first calls), the connection's health check, then each operation once in the same order;
	 * {@value #PAUSED_ROUNDS} rounds, and the raw Cypher likewise. A call after a pause pays what a pause
	 * costs on the machine (threads and caches to wake: the raw Cypher pays it too), which the sequential p50
	 * does not; the first call's own cost is what it takes beyond a warm call made the same way.
	 */
	private static double[] pausedCalls(Report report, Http http, Driver driver, List<Operation> operations,
			Process process, double[] firstApi, double[] apiP50, double[] cypherP50) throws Exception {
		var api = new double[operations.size()][PAUSED_ROUNDS];
		var cypher = new double[operations.size()][PAUSED_ROUNDS];
		for (int round = 0; round < PAUSED_ROUNDS; round++) {
			waitForIdle(process);
			var apiRound = inTurn(http, operations);
			waitForIdle(process);
			var cypherRound = rawInTurn(driver, operations);
			for (int o = 0; o < operations.size(); o++) {
				api[o][round] = apiRound[o];
				cypher[o][round] = cypherRound[o];
			}
		}
		report.line("%nFirst calls against warm calls made the same way (after the service is idle, each operation "
				+ "once in turn; median of %d rounds, ms)", PAUSED_ROUNDS);
		report.line("%-22s %8s %8s %8s %8s %10s %8s %8s", "operation", "first", "paused", "1st/psd", "p50",
				"1st/p50", "c.paused", "c.p50");
		var paused = new double[operations.size()];
		for (int o = 0; o < operations.size(); o++) {
			Arrays.sort(api[o]);
			Arrays.sort(cypher[o]);
			paused[o] = api[o][PAUSED_ROUNDS / 2];
			report.line("%-22s %8.1f %8.1f %8.2f %8.1f %10.2f %8.1f %8.1f", operations.get(o).name(), firstApi[o],
					paused[o], firstApi[o] / paused[o], apiP50[o], firstApi[o] / apiP50[o], cypher[o][PAUSED_ROUNDS / 2],
					cypherP50[o]);
		}
		report.line("(paused = a warm call made as the first one was; c.paused = the raw Cypher's, over Bolt, "
				+ "likewise: what a pause costs on this machine without the service's request path)");
		return paused;
	}

	/**
	 * Each operation's API call once, one after the other, timed, as the first calls are made: this process made
	 * {@link #quiet} first, then the connection to the service checked on a path that is not GraphQL's.
	 */
	private static double[] inTurn(Http http, List<Operation> operations) throws IOException, InterruptedException {
		quiet();
		// its answer read as every answer is (a handler of another kind here sent the client's compiled reading of
		// answers back to the interpreter before the first calls)
		http.client().send(http.request("/actuator/health/liveness").build(), HttpResponse.BodyHandlers.ofString());
		var times = new double[operations.size()];
		for (int o = 0; o < operations.size(); o++) {
			var operation = operations.get(o);
			times[o] = time(() -> post(http, operation));
		}
		return times;
	}

	/** Each operation's raw Cypher once, one after the other, timed, this process made {@link #quiet} first. */
	private static double[] rawInTurn(Driver driver, List<Operation> operations) {
		quiet();
		var times = new double[operations.size()];
		for (int o = 0; o < operations.size(); o++) {
			var operation = operations.get(o);
			times[o] = time(() -> raw(driver, operation));
		}
		return times;
	}

	/**
	 * This process's own garbage collected (none of its pauses is timed as the service's), then, for at most five
	 * seconds, a wait until it uses next to no CPU (under 2 % of a core for half a second): after a collection
	 * that frees much of its heap the JVM gives the memory back in the background, and after a warm-up its JIT
	 * compiler may still be compiling the client; on two cores either takes CPU from the service while a call is
	 * timed (a warm lookup right after such a collection took a median 3.5 ms in the service against 2.9 ms a
	 * moment later).
	 */
	private static void quiet() {
		System.gc();
		idle(ProcessHandle.current(), Duration.ofMillis(500), 0.02, Duration.ofSeconds(5));
	}

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	/** The raw Cypher of an operation, over Bolt, each query in a read transaction, every row read. */
	private static void raw(Driver driver, Operation operation) {
		for (var query : operation.cypher()) {
			driver.executableQuery(query.cypher()).withParameters(query.parameters()).withConfig(READ).execute();
		}
	}

	private void load(Report report, Http http, List<Operation> operations, long pid)
			throws Exception {
		var mix = operations.stream().filter(operation -> operation.name().startsWith("lookup")
				|| operation.name().startsWith("nested")).toList();
		report.line("%nConcurrent clients (lookup and nested list, %d requests each)", this.requests);
		report.line("%8s %12s %10s %10s %12s", "clients", "requests/s", "p50 ms", "p99 ms", "max RSS MB");
		for (var clients : List.of(8, 64)) {
			var done = new AtomicBoolean();
			var maxRss = new AtomicLong(rss(pid));
			var sampler = Thread.ofPlatform().daemon().start(() -> {
				while (!done.get()) {
					maxRss.accumulateAndGet(rss(pid), Math::max);
					sleep(200);
				}
			});
			var times = new double[clients * this.requests];
			var started = System.nanoTime();
			try (var pool = Executors.newFixedThreadPool(clients)) {
				var tasks = new ArrayList<Callable<Void>>();
				for (int c = 0; c < clients; c++) {
					int client = c;
					tasks.add(() -> {
						for (int i = 0; i < this.requests; i++) {
							var operation = mix.get(i % mix.size());
							times[client * this.requests + i] = time(() -> post(http, operation));
						}
						return null;
					});
				}
				for (var future : pool.invokeAll(tasks)) {
					future.get();
				}
			}
			var elapsed = seconds(started);
			done.set(true);
			sampler.join();
			Arrays.sort(times);
			report.line("%8d %12.0f %10.1f %10.1f %,12d", clients, times.length / elapsed, times[times.length / 2],
					times[times.length * 99 / 100], maxRss.get() >> 20);
		}
		report.line("Idle RSS after the load: %,d MB", rss(pid) >> 20);
	}

	/**
	 * A stand-in GraphQL endpoint in this process, on a free loopback port: it answers every POST with the same
	 * few kilobytes of JSON, names in Chinese as the service's answers have, so that the benchmark's HTTP client
	 * can be warmed without sending the service anything.
	 */
	private record StandIn(HttpServer server) implements AutoCloseable {

		/** Text of the answer and of the driver's warm-up: Chinese, as the service's names and search texts. */
		static final String CHINESE = "某市发展和改革委员会 污水处理厂";

		static StandIn start() throws IOException {
			var answer = new StringBuilder("{\"data\":{\"__type\":{\"name\":\"Body\",\"fields\":[");
			for (int i = 0; i < 40; i++) {
				answer.append(i == 0 ? "" : ",").append("{\"name\":\"field").append(i).append(' ').append(CHINESE)
					.append("\",\"type\":{\"name\":\"String\",\"kind\":\"SCALAR\",\"ofType\":null}}");
			}
			var body = answer.append("]}}}").toString().getBytes(StandardCharsets.UTF_8);
			var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/graphql", exchange -> {
				exchange.getRequestBody().readAllBytes();
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (var out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return new StandIn(server);
		}

		String base() {
			return "http://" + this.server.getAddress().getHostString() + ":" + this.server.getAddress().getPort();
		}

		@Override
		public void close() {
			this.server.stop(0);
		}

	}

	/** The service: its client, address and the bearer token of the requests. */
	private record Http(HttpClient client, String base, String token) {

		/** A new client of the service on this machine's {@code port}. */
		static Http local(int port, String token) {
			return new Http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
					"http://localhost:" + port, token);
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", "Bearer " + this.token);
		}

	}

	private static String post(Http http, Operation operation) {
		try {
			var body = JSON.writeValueAsString(Map.of("query", operation.graphql(), "variables", operation.variables()));
			var response = http.client().send(http.request("/graphql")
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException(operation.name() + ": " + response.statusCode() + " " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The API's count of read queries (the {@code integrity.graph.queries} metric), -1 when not exposed. */
	private static long queries(Http http) {
		try {
			var response = http.client().send(http.request("/actuator/metrics/integrity.graph.queries").build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return -1;
			}
			return (long) JSON.readTree(response.body()).get("measurements").get(0).get("value").asDouble();
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static void waitUntilReady(Http http, Process process) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The service stopped; see its log");
			}
			try {
				var response = http.client().send(http.request("/actuator/health/readiness").build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("The service was not ready within 15 minutes");
	}

	/**
	 * Waits until the service uses less than a tenth of a core over a second (its processor time, from the
	 * operating system); false after a minute.
	 */
	private static boolean waitForIdle(Process process) {
		return idle(process.toHandle(), Duration.ofSeconds(1), 0.1, Duration.ofMinutes(1));
	}

	/**
	 * Waits until {@code process} uses less than {@code share} of a core over {@code window} (its processor time,
	 * from the operating system); false after {@code atMost}, when its processor time cannot be read, or when this
	 * thread is interrupted.
	 */
	private static boolean idle(ProcessHandle process, Duration window, double share, Duration atMost) {
		var deadline = System.nanoTime() + atMost.toNanos();
		var before = process.info().totalCpuDuration();
		while (before.isPresent() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
			sleep(window.toMillis());
			var now = process.info().totalCpuDuration();
			if (now.isEmpty()) {
				return false;
			}
			if (now.get().minus(before.get()).toNanos() < window.toNanos() * share) {
				return true;
			}
			before = now;
		}
		return false;
	}

	/** Waits until the service's log says its warm-ups are over; false when turned off or after 15 minutes. */
	private static boolean waitForWarmUps(Path log, Process process) throws InterruptedException {
		var deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			try (var lines = Files.lines(log)) {
				if (lines.anyMatch(line -> line.contains(WarmUps.DONE))) {
					return true;
				}
			}
			catch (IOException | java.io.UncheckedIOException ex) {
				// not written yet
			}
			Thread.sleep(200);
		}
		return false;
	}

	/** The start of a command line for another JVM: this JVM's java, with the service's heap. */
	private List<String> java() {
		return new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx" + this.serviceMemory));
	}

	/** The jar this program runs from, or null. */
	private static Path jar() {
		var command = System.getProperty("sun.java.command", "").split(" ")[0];
		return command.endsWith(".jar") ? Path.of(command).toAbsolutePath() : null;
	}

	/** How to start this program again: the same jar, or the same class path and main class. */
	private static List<String> launch() {
		var command = System.getProperty("sun.java.command", "").split(" ")[0];
		if (command.endsWith(".jar")) {
			return List.of("-jar", command);
		}
		return List.of("-cp", System.getProperty("java.class.path"), command);
	}

	private static String startupLine(Path log) {
		try (var lines = Files.lines(log)) {
			return lines.filter(line -> line.contains("Started ") || line.contains("Embedded Neo4j started"))
				.map(line -> line.substring(line.indexOf(" : ") + 3))
				.reduce((a, b) -> a + "; " + b)
				.orElse("see " + log);
		}
		catch (IOException ex) {
			return "see " + log;
		}
	}

	/** The resident set size of a process, from /proc (0 where there is none). */
	static long rss(long pid) {
		try {
			for (var line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return 0;
	}

	private static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private Path freshDirectory(String name) {
		var directory = this.workdir.resolve(name).toAbsolutePath();
		try {
			if (Files.exists(directory)) {
				try (var paths = Files.walk(directory)) {
					paths.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
				}
			}
			return directory;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Path prefix(Path dataset, int lines) throws IOException {
		var prefix = this.workdir.resolve("prefix-" + lines + ".jsonl");
		try (var reader = Files.newBufferedReader(dataset, StandardCharsets.UTF_8);
				var writer = Files.newBufferedWriter(prefix, StandardCharsets.UTF_8)) {
			for (int i = 0; i < lines; i++) {
				var line = reader.readLine();
				if (line == null) {
					break;
				}
				writer.write(line);
				writer.write('\n');
			}
		}
		return prefix;
	}

	private static long countLines(Path file) throws IOException {
		try (var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			return reader.lines().count();
		}
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private static double time(Runnable action) {
		var started = System.nanoTime();
		action.run();
		return (System.nanoTime() - started) / 1e6;
	}

	private static Timed timed(Supplier<Object> action) {
		var cpu = processCpuNanos();
		var started = System.nanoTime();
		action.get();
		return new Timed(seconds(started), (processCpuNanos() - cpu) / 1e9);
	}

	/** The CPU time this process (every thread of it) has used, in nanoseconds. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private record Timed(double seconds, double cpuSeconds) {
	}

	/** Prints the report and keeps it in {@code DIR/report.txt}. */
	private final class Report {

		private final java.io.PrintStream out;

		private final StringBuilder text = new StringBuilder();

		Report(java.io.PrintStream out) {
			this.out = out;
		}

		void line(String format, Object... args) {
			var line = String.format(Locale.ROOT, format, args);
			this.out.println(line);
			this.text.append(line).append('\n');
			try {
				Files.writeString(BenchmarkCommand.this.workdir.resolve("report.txt"), this.text);
			}
			catch (IOException ex) {
				// the report is printed anyway
			}
		}

	}

	/** Ids to ask about, found in the imported graph. */
	record Samples(String bodyId, String governmentId, String personId, String projectId, String commitmentId,
			String searchText) {

		static Samples find(Driver driver) {
			var record = driver.executableQuery("""
					MATCH (b:Body {kind: 'DEPARTMENT'}) WITH b ORDER BY b.id LIMIT 1
					MATCH (g:Body {kind: 'GOVERNMENT', level: 'COUNTY'}) WITH b, g ORDER BY g.id LIMIT 1
					MATCH (pe:Person)-[h:HELD]->(:Post)-[:REPORTS_TO]->(:Post) WHERE h.to IS NULL
					WITH b, g, pe ORDER BY pe.id LIMIT 1
					MATCH (pj:Project {kind: 'PPP'})-[:HAS_PHASE]->(:Phase) WITH b, g, pe, pj ORDER BY pj.id LIMIT 1
					MATCH (c:Commitment {status: 'BROKEN'})<-[:MADE]-(:Body) WITH b, g, pe, pj, c ORDER BY c.id LIMIT 1
					RETURN b.id AS body, g.id AS government, pe.id AS person, pj.id AS project, c.id AS commitment
					""").withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records().getFirst();
			return new Samples(record.get("body").asString(), record.get("government").asString(),
					record.get("person").asString(), record.get("project").asString(),
					record.get("commitment").asString(), "污水处理厂");
		}

	}

	/** One operation: the GraphQL request and the raw Cypher queries that fetch the same rows, in order. */
	record Operation(String name, String graphql, Map<String, Object> variables, List<RecordedQueries.Query> cypher) {

		Operation(String name, String graphql, Map<String, Object> variables, String cypher,
				Map<String, Object> parameters) {
			this(name, graphql, variables, List.of(new RecordedQueries.Query(cypher, parameters)));
		}

	}

	/** The operations measured, each beside its raw Cypher. */
	static final class Operations {

		private Operations() {
		}

		/**
		 * The operations; the raw Cypher of the traces is what the service runs for them ({@link RecordedQueries},
		 * read through {@code driver}).
		 */
		static List<Operation> of(Samples samples, Driver driver) {
			var at = LocalDate.of(2020, 6, 1);
			var today = LocalDate.now();
			return List.of(new Operation("lookup", """
					query($id: ID!) { body(id: $id) { id name kind level divisionCode uscc } }""",
					Map.of("id", samples.bodyId()),
					"MATCH (b:Body {id: $id}) RETURN b {.id, .name, .kind, .level, .divisionCode, .uscc} AS body",
					Map.of("id", samples.bodyId())),
					new Operation("nested list (3 levels)", """
							{ bodies(filter: { kind: [DEPARTMENT] }, first: 10) {
							    nodes { name posts { title holders(at: "2020-06-01") { person { name } from } } } } }""",
							// the same rows: the list shows the bodies in existence on the day (not abolished by then)
							Map.of(), """
									MATCH (b:Body) WHERE b.kind = 'DEPARTMENT' AND (b.abolishedOn IS NULL OR b.abolishedOn > $today)
									WITH b ORDER BY b.name, b.id LIMIT 10
									CALL (b) {
									  OPTIONAL MATCH (p:Post)-[:IN]->(b)
									  WITH p ORDER BY coalesce(p.principal, false) DESC, p.title, p.id
									  CALL (p) {
									    OPTIONAL MATCH (x:Person)-[h:HELD]->(p)
									    WHERE h.from <= $at AND (h.to IS NULL OR $at < h.to)
									    RETURN collect({person: {name: x.name}, from: h.from}) AS holders
									  }
									  RETURN collect({title: p.title, holders: holders}) AS posts
									}
									RETURN b.name AS name, posts""", Map.of("at", at, "today", today)),
					new Operation("leadershipChain", """
							query($id: ID!) { leadershipChain(personId: $id, at: "2020-06-01") {
							    chains { steps { post { title } vacant holders { person { name } } } } } }""",
							Map.of("id", samples.personId()),
							RecordedQueries.of(driver, today, trace -> trace.leadershipChainOfPerson(samples.personId(), at))),
					new Operation("projectAccountability", """
							query($id: ID!, $at: Date) { projectAccountability(projectId: $id, at: $at) { phases { phase { stage from to }
							    responsibilities { role post { title } vacant holders { person { name } overlapFrom overlapTo
							      chain { steps { post { title } holders { person { name } } } } }
							    answerableNow { post { title } holders { person { name } } } } } } }""",
							Map.of("id", samples.projectId(), "at", today.toString()),
							RecordedQueries.of(driver, today, trace -> trace.projectAccountability(samples.projectId(), today))),
					new Operation("responsibilityTrace", """
							query($id: ID!, $at: Date) { responsibilityTrace(commitmentId: $id, at: $at) {
							    acts { kind on answerable { post { title } holders { person { name } }
							      chain { steps { post { title } holders { person { name } } } }
							      today { post { title } holders { person { name } } } } }
							    answerableToday { post { title } holders { person { name } } } } }""",
							Map.of("id", samples.commitmentId(), "at", today.toString()),
							RecordedQueries.of(driver, today,
									trace -> trace.responsibilityTraceOfCommitment(samples.commitmentId(), today))),
					new Operation("overdueCommitments", """
							query($id: ID!, $at: Date) { overdueCommitments(bodyId: $id, at: $at) {
							    commitments { commitment { id title dueOn status } } } }""",
							Map.of("id", samples.governmentId(), "at", today.toString()),
							RecordedQueries.of(driver, today, trace -> trace.overdueCommitments(samples.governmentId(), today))),
					new Operation("search", """
							query($text: String!) { search(text: $text, first: 10) { edges { score node { id } } } }""",
							Map.of("text", samples.searchText()), """
									CALL db.index.fulltext.queryNodes('search_text', $text) YIELD node, score
									RETURN node.id AS id, score ORDER BY score DESC, id LIMIT 10""",
							Map.of("text", samples.searchText())));
		}

	}

}
