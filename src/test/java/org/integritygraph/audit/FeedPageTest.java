package org.integritygraph.audit;

import java.util.List;

import org.integritygraph.audit.AuditLog.FeedEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of the change feed: at most {@code first} entries, and past the first no more changes than the bound. */
class FeedPageTest {

	private static final List<FeedEntry> ENTRIES = List.of(new FeedEntry(1, 3), new FeedEntry(2, 4),
			new FeedEntry(3, 5), new FeedEntry(4, 1));

	@Test
	void aPageEndsAtFirstEntries() {
		assertThat(AuditLog.page(ENTRIES, 2, 100)).containsExactly(1L, 2L);
		assertThat(AuditLog.page(ENTRIES, 10, 100)).containsExactly(1L, 2L, 3L, 4L);
	}

	@Test
	void aPageEndsBeforeTheEntryThatWouldTakeItOverTheBound() {
		assertThat(AuditLog.page(ENTRIES, 10, 7)).containsExactly(1L, 2L);
		assertThat(AuditLog.page(ENTRIES, 10, 12)).containsExactly(1L, 2L, 3L);
	}

	@Test
	void theFirstEntryIsReadWhateverItsSize_soTheFeedAlwaysMovesOn() {
		assertThat(AuditLog.page(ENTRIES, 10, 2)).containsExactly(1L);
		assertThat(AuditLog.page(List.of(), 10, 2)).isEmpty();
	}

}
