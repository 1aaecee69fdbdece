package org.integritygraph.ingest;

/** Told where an import stands after each committed batch (and once when it resumes). */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (lines, bytes) -> {
	};

	/**
	 * @param lines the lines of the input imported so far
	 * @param bytes the bytes of the input imported so far
	 */
	void committed(long lines, long bytes);

}
