package org.integritygraph.system;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long command: a bar redrawn in place (with rate and ETA) on a terminal, a plain line
 * every few seconds otherwise (logs, CI, a pipe), and a last line when done. Shared by the commands.
 */
public final class Progress implements AutoCloseable {

	private static final long PLAIN_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

	private final String task;

	private final String unit;

	private final long unitSize;

	private final long total;

	private final PrintStream out;

	private final ProgressBar bar;

	private final long started = System.nanoTime();

	private long lastPrinted = this.started;

	private long done;

	private long startedAt = -1;

	private String extra = "";

	private boolean everyStep;

	private Progress(String task, String unit, long unitSize, long total, PrintStream out, boolean terminal) {
		this.task = task;
		this.unit = unit;
		this.unitSize = unitSize;
		this.total = total;
		this.out = out;
		this.bar = terminal ? new ProgressBarBuilder().setTaskName(task)
			.setInitialMax(total)
			.setStyle(ProgressBarStyle.ASCII)
			.setUpdateIntervalMillis(500)
			.setConsumer(new InteractiveConsoleProgressBarConsumer(out))
			.showSpeed()
			.setUnit(" " + unit, unitSize)
			.build() : null;
	}

	/**
	 * Starts showing progress.
	 * @param task what is going on, e.g. {@code Import}
	 * @param unit what is shown, e.g. {@code MB}
	 * @param unitSize how many of what is counted make one unit, e.g. {@code 1 << 20} bytes
	 * @param total how many will be counted (0 when unknown)
	 * @param terminal whether {@code out} is a terminal (see {@link #isTerminal})
	 */
	public static Progress start(String task, String unit, long unitSize, long total, PrintStream out,
			boolean terminal) {
		return new Progress(task, unit, unitSize, total, out, terminal);
	}

	/** Whether standard output is an interactive terminal (not redirected to a file or pipe). */
	public static boolean isTerminal() {
		var console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22+: a console exists also when redirected; isTerminal tells.
			return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return true;
		}
	}

	/** Without a terminal, prints a line at every step rather than every few seconds (few, slow steps). */
	public Progress everyStep() {
		this.everyStep = true;
		return this;
	}

	/** Where the work stands; the first call sets where it started (e.g. when resuming). */
	public synchronized void stepTo(long done, String extra) {
		if (this.startedAt < 0) {
			this.startedAt = done;
		}
		this.done = done;
		this.extra = (extra != null) ? extra : "";
		if (this.bar != null) {
			this.bar.stepTo(done);
			this.bar.setExtraMessage(this.extra);
			return;
		}
		var now = System.nanoTime();
		if (this.everyStep || now - this.lastPrinted >= PLAIN_INTERVAL_NANOS) {
			this.lastPrinted = now;
			this.out.println(line(now));
		}
	}

	/** Ends the bar, or prints the last plain line. */
	@Override
	public synchronized void close() {
		if (this.bar != null) {
			this.bar.close();
		}
		else if (!this.everyStep) {
			this.out.println(line(System.nanoTime()));
		}
	}

	private String amount(long count) {
		return (this.unitSize == 1) ? String.format(Locale.ROOT, "%,d", count)
				: String.format(Locale.ROOT, "%,.1f", (double) count / this.unitSize);
	}

	private String line(long now) {
		var seconds = Math.max(1e-9, (now - this.started) / 1e9);
		var rate = (this.done - Math.max(0, this.startedAt)) / seconds;
		var text = new StringBuilder(this.task).append(": ").append(amount(this.done));
		if (this.total > 0) {
			text.append(" of ").append(amount(this.total)).append(' ').append(this.unit)
				.append(String.format(Locale.ROOT, " (%d%%)", this.done * 100 / this.total));
		}
		else {
			text.append(' ').append(this.unit);
		}
		text.append(String.format(Locale.ROOT, ", %,.1f %s/s", rate / this.unitSize, this.unit));
		if (this.total > 0 && rate > 0 && this.done < this.total) {
			var eta = Duration.ofSeconds((long) ((this.total - this.done) / rate));
			text.append(String.format(Locale.ROOT, ", ETA %d:%02d:%02d", eta.toHours(), eta.toMinutesPart(),
					eta.toSecondsPart()));
		}
		else {
			text.append(String.format(Locale.ROOT, ", %.1f s", seconds));
		}
		if (!this.extra.isEmpty()) {
			text.append(" — ").append(this.extra);
		}
		return text.toString();
	}

}
