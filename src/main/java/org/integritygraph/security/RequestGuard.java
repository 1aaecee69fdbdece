package org.integritygraph.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.integritygraph.system.WarmUpPass;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the endpoints that read the graph ({@code /graphql}, {@code /reports/}) after authentication and
 * before anything reads: a body over the size limit is 413; a client over its rate (per token subject, else
 * per address; bucket4j) is 429 with {@code Retry-After}; when the configured number of requests already run,
 * a request waits a moment and is then 503 with {@code Retry-After}, so that the service, its health check
 * included, stays responsive under a flood. The service's own warm-up requests ({@link WarmUpPass}) are not
 * counted against a rate.
 */
@Component
class RequestGuard extends OncePerRequestFilter {

	/** The most clients whose buckets are kept; the least recently seen are forgotten first. */
	private static final int MAX_CLIENTS = 10_000;

	private static final Duration QUEUE_WAIT = Duration.ofSeconds(2);

	private final LimitProperties limits;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	};

	private final Semaphore running;

	private final WarmUpPass warmUp;

	RequestGuard(LimitProperties limits, WarmUpPass warmUp) {
		this.limits = limits;
		this.warmUp = warmUp;
		this.running = new Semaphore(limits.maxConcurrentRequests(), true);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/graphql") || path.startsWith("/graphql/") || path.startsWith("/reports/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long maxBody = this.limits.maxBodySize().toBytes();
		if (request.getContentLengthLong() > maxBody) {
			refuse(response, HttpStatus.CONTENT_TOO_LARGE, null,
					"The request body is larger than the limit maxBodySize = %d bytes".formatted(maxBody));
			return;
		}
		var caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
		var probe = bucket(caller, request).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
			refuse(response, HttpStatus.TOO_MANY_REQUESTS, seconds, "Too many requests: the limit is %d a minute"
				.formatted(rate(caller)));
			return;
		}
		boolean admitted;
		try {
			admitted = this.running.tryAcquire(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			refuse(response, HttpStatus.SERVICE_UNAVAILABLE, 1L, "The service is busy: %d requests are running"
				.formatted(this.limits.maxConcurrentRequests()));
			return;
		}
		try {
			var body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBody) + 1);
			if (body.length > maxBody) {
				// a body sent without its length: read up to the limit, never further
				refuse(response, HttpStatus.CONTENT_TOO_LARGE, null,
						"The request body is larger than the limit maxBodySize = %d bytes".formatted(maxBody));
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
		}
		finally {
			this.running.release();
		}
	}

	/**
	 * The client's bucket: by token subject, else by address; the service's own warm-up requests have one of their
	 * own, without a limit (they take the same path as a user's, and nobody's budget).
	 */
	private Bucket bucket(Caller caller, HttpServletRequest request) {
		var warmUp = this.warmUp.accepts(request.getHeader(WarmUpPass.HEADER));
		var key = warmUp ? "warm-up" : (caller.subject() != null) ? "sub:" + caller.subject() : "ip:" + request.getRemoteAddr();
		int perMinute = warmUp ? Integer.MAX_VALUE : rate(caller);
		synchronized (this.buckets) {
			return this.buckets.computeIfAbsent(key, k -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build());
		}
	}

	private int rate(Caller caller) {
		return (caller.subject() != null) ? this.limits.authenticatedRequestsPerMinute()
				: this.limits.publicRequestsPerMinute();
	}

	private static void refuse(HttpServletResponse response, HttpStatus status, Long retryAfterSeconds, String message)
			throws IOException {
		response.resetBuffer();
		response.setStatus(status.value());
		if (retryAfterSeconds != null) {
			response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
		}
		response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
		response.getWriter().write(message);
	}

	/** The request with its body already read (at most the limit). */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
					java.nio.charset.Charset.forName((getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8")));
		}

	}

}
