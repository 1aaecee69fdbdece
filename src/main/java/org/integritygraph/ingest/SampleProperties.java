package org.integritygraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample data loaded into an empty graph at start-up.
 *
 * @param enabled whether to load it
 * @param resource the JSON Lines file to load (a Spring resource location)
 */
@ConfigurationProperties("integrity.sample")
record SampleProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath:sample/sample-city.jsonl") String resource) {
}
