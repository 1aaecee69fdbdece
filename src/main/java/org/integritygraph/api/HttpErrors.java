package org.integritygraph.api;

import java.nio.charset.StandardCharsets;

import org.integritygraph.graph.InvalidArgumentException;
import org.integritygraph.graph.UnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where failures of the HTTP endpoints (the report downloads) become responses, by exception
 * type: invalid input 400, a missing part of the installation 503, each with a plain-text message saying
 * what to change. {@code ResponseStatusException}s (404 for an unknown id) keep their own status.
 */
@RestControllerAdvice
public class HttpErrors {

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<String> badArgument(InvalidArgumentException ex) {
		return ResponseEntity.badRequest().contentType(TEXT).body(ex.getMessage());
	}

	@ExceptionHandler(UnavailableException.class)
	ResponseEntity<String> unavailable(UnavailableException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT).body(ex.getMessage());
	}

}
