package org.integritygraph.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * What the service's own warm-up requests over HTTP carry ({@link #HEADER}: a random value made at start-up and
 * never written anywhere), so that the request guard does not count them against the rate of the loopback
 * address, whose budget may be that of every user behind a local reverse proxy. Nothing else is granted: the
 * requests are the public's or carry a token, as a user's would.
 */
@Component
public final class WarmUpPass {

	/** The request header that carries the pass. */
	public static final String HEADER = "X-Integrity-Warm-Up";

	private final String value;

	public WarmUpPass() {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		this.value = HexFormat.of().formatHex(bytes);
	}

	/** The value to send in {@link #HEADER}. */
	public String value() {
		return this.value;
	}

	/** Whether {@code header} (a request's {@link #HEADER}, or null) is this pass; compared in constant time. */
	public boolean accepts(String header) {
		return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
				this.value.getBytes(StandardCharsets.UTF_8));
	}

}
