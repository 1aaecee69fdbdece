package org.integritygraph.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * End-to-end tests over HTTP against the whole application as a user starts it: embedded Neo4j
 * (in a fresh temporary folder, Bolt on a free port), schema migrations, the sample dataset loaded
 * on the first start. Every class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "integrity.embedded.bolt-port=0", "integrity.embedded.data-directory=${java.io.tmpdir}/integrity-graph-test-${random.uuid}",
				// the suite sends many requests from one address; the rate limits have their own test
				"integrity.limits.public-requests-per-minute=1000000",
				"integrity.limits.authenticated-requests-per-minute=1000000",
				// the first run of a big query includes its planning, slow on a busy machine
				"integrity.limits.request-timeout=120s", "integrity.query-timeout=120s",
				// as in production: no introspection for the public
				"integrity.security.public-introspection=false",
				"integrity.security.cors-allowed-origins=https://portal.example" })
public @interface ApiTest {

}
