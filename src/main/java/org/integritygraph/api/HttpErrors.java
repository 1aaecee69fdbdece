package org.integritygraph.api;

import java.nio.charset.StandardCharsets;

import java.util.UUID;

import org.integritygraph.graph.DeadlineExceededException;
import org.integritygraph.graph.InvalidArgumentException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.integritygraph.graph.UnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.ErrorResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The one place where failures of the HTTP endpoints (the report downloads) become responses, by exception
 * type: invalid input 400, a missing part of the installation 503, each with a plain-text message saying
 * what to change; anything unexpected 500 with only an id the log can find. {@code ResponseStatusException}s
 * (404 for an unknown id) keep their own status.
 */
@RestControllerAdvice
public class HttpErrors {

	private static final Logger log = LoggerFactory.getLogger(HttpErrors.class);

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<String> badArgument(InvalidArgumentException ex) {
		return ResponseEntity.badRequest().contentType(TEXT).body(ex.getMessage());
	}

	@ExceptionHandler(DeadlineExceededException.class)
	ResponseEntity<String> deadline(DeadlineExceededException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT).body(ex.getMessage());
	}

	/** The database ended a query at the request's deadline or its own time limit. */
	@ExceptionHandler(Neo4jException.class)
	ResponseEntity<String> neo4j(Neo4jException ex) {
		if (ex.code() != null && ex.code().contains("TransactionTimedOut")) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT)
				.body(new DeadlineExceededException().getMessage());
		}
		return unexpected(ex);
	}

	/** Anything unexpected: masked, with an id that the log line of the failure carries. */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<String> unexpected(RuntimeException ex) {
		if (ex instanceof ResponseStatusException status) {
			return ResponseEntity.status(status.getStatusCode()).contentType(TEXT).body(status.getReason());
		}
		if (ex instanceof ErrorResponse response) {
			return ResponseEntity.status(response.getStatusCode()).contentType(TEXT).body(response.getBody().getDetail());
		}
		if (ex instanceof TypeMismatchException || ex instanceof HttpMessageNotReadableException) {
			return ResponseEntity.badRequest().contentType(TEXT).body("Bad request: " + ex.getMessage());
		}
		var id = UUID.randomUUID().toString();
		log.error("Unexpected failure {}", id, ex);
		return ResponseEntity.internalServerError().contentType(TEXT)
			.body("Internal error " + id + "; the service's log has the details.");
	}

	@ExceptionHandler(UnavailableException.class)
	ResponseEntity<String> unavailable(UnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT).body(ex.getMessage());
	}

}
