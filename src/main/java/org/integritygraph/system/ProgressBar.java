package org.integritygraph.system;

import java.io.PrintStream;

/**
 * The commands' progress bar: redrawn in place on a terminal, one line per step otherwise (logs, CI).
 */
public final class ProgressBar {

	private static final int WIDTH = 30;

	private final PrintStream out;

	private final int total;

	private final boolean interactive;

	private int done;

	/**
	 * @param total the number of steps
	 * @param interactive whether {@code out} is a terminal (redraw in place)
	 */
	public ProgressBar(PrintStream out, int total, boolean interactive) {
		this.out = out;
		this.total = total;
		this.interactive = interactive;
	}

	/** Whether a command writing to {@code out} writes to a terminal. */
	public static boolean interactive(PrintStream out) {
		return out == System.out && System.console() != null;
	}

	/** One more step done, named by {@code label}. */
	public void step(String label) {
		this.done++;
		int filled = (this.total == 0) ? WIDTH : Math.min(WIDTH, this.done * WIDTH / this.total);
		var line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + this.done + "/" + this.total + " "
				+ label;
		if (this.interactive) {
			this.out.print("\r" + line + "\u001b[K");
		}
		else {
			this.out.println(line);
		}
		this.out.flush();
	}

	/** Ends the bar's line on a terminal. */
	public void done() {
		if (this.interactive && this.total > 0) {
			this.out.println();
		}
	}

}
