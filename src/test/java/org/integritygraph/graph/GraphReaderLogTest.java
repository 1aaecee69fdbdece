package org.integritygraph.graph;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.integritygraph.support.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** At debug level the reader logs each query's text, row count and time, never its values. */
class GraphReaderLogTest {

	@Test
	void atDebugLevel_eachQueryIsLoggedWithItsRows_withoutItsValues() {
		var logger = (Logger) LoggerFactory.getLogger(GraphReader.class);
		var appender = new ListAppender<ILoggingEvent>();
		appender.start();
		logger.addAppender(appender);
		var level = logger.getLevel();
		logger.setLevel(Level.DEBUG);
		try {
			TestNeo4j.reader().list("UNWIND range(1, $n) AS i RETURN i", Map.of("n", 3), row -> row.get("i").asInt());
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(appender);
		}
		assertThat(appender.list).singleElement()
			.extracting(ILoggingEvent::getFormattedMessage)
			.satisfies(message -> assertThat(message).startsWith("3 rows in ")
				.endsWith(" ms:\nUNWIND range(1, $n) AS i RETURN i"));
	}

}
