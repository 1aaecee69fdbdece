package org.integritygraph.ingest;

import java.nio.file.Path;

import org.integritygraph.security.Actor;

/**
 * How to run an import.
 *
 * @param batchSize lines per transaction, at least 1 ({@link JsonlImporter#WHOLE_FILE} for one)
 * @param checkpoint the file that records each committed batch, or null for none
 * @param resume whether to continue after the batches a checkpoint records
 * @param progress told after each committed batch
 * @param actor who the audit entries of the batches name; null: the importer and its source
 * @param followUp what to change besides the lines, in the transaction of the one batch (only with
 *        {@link JsonlImporter#WHOLE_FILE}); null for none
 */
public record ImportOptions(int batchSize, Path checkpoint, boolean resume, ImportProgress progress, Actor actor,
		FollowUp followUp) {

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
		if (followUp != null && batchSize != JsonlImporter.WHOLE_FILE) {
			throw new IllegalArgumentException("A follow-up runs with the lines in one transaction: the whole file");
		}
	}

	public ImportOptions(int batchSize, Path checkpoint, boolean resume, ImportProgress progress) {
		this(batchSize, checkpoint, resume, progress, null, null);
	}

	/** These options, the audit entries naming {@code actor}. */
	public ImportOptions as(Actor actor) {
		return new ImportOptions(this.batchSize, this.checkpoint, this.resume, this.progress, actor, this.followUp);
	}

	/** These options with {@code followUp} run in the transaction of the (whole-file) batch. */
	public ImportOptions then(FollowUp followUp) {
		return new ImportOptions(this.batchSize, this.checkpoint, this.resume, this.progress, this.actor, followUp);
	}

	/** Batches of {@code batchSize} lines, no checkpoint. */
	public static ImportOptions batches(int batchSize) {
		return new ImportOptions(batchSize, null, false, ImportProgress.NONE);
	}

}
