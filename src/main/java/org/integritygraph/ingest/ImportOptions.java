package org.integritygraph.ingest;

import java.nio.file.Path;

/**
 * How to run an import.
 *
 * @param batchSize lines per transaction, at least 1 ({@link JsonlImporter#WHOLE_FILE} for one)
 * @param checkpoint the file that records each committed batch, or null for none
 * @param resume whether to continue after the batches a checkpoint records
 * @param progress told after each committed batch
 */
public record ImportOptions(int batchSize, Path checkpoint, boolean resume, ImportProgress progress) {

	/** The batch size of the command line: big enough for fast UNWINDs, small enough for any heap. */
	public static final int DEFAULT_BATCH_SIZE = 10_000;

	public ImportOptions {
		if (batchSize < 1) {
			throw new IllegalArgumentException("The batch size must be at least 1, not " + batchSize);
		}
		if (resume && checkpoint == null) {
			throw new IllegalArgumentException("Resuming needs a checkpoint file");
		}
		progress = (progress != null) ? progress : ImportProgress.NONE;
	}

	/** Batches of {@code batchSize} lines, no checkpoint. */
	public static ImportOptions batches(int batchSize) {
		return new ImportOptions(batchSize, null, false, ImportProgress.NONE);
	}

}
