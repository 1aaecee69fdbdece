package org.integritygraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local signing key of the embedded default: 256 random bits (HMAC-SHA256), base64 in a file readable by
 * its owner only, created on first use. The service checks tokens with it and the {@code token} command signs
 * with it; anyone who can read the file can mint any role, so keep it with the data. Production uses an
 * issuer's JWKS instead ({@code integrity.security.jwk-set-uri}).
 */
final class LocalSigningKey {

	static final String ALGORITHM = "HmacSHA256";

	private LocalSigningKey() {
	}

	/** The key in {@code file}, created when the file does not exist. */
	static SecretKey load(Path file) {
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			var bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			if (bytes.length < 32) {
				throw new IllegalStateException("The local signing key " + file + " is shorter than 256 bits");
			}
			return new SecretKeySpec(bytes, ALGORITHM);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the local signing key " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		var bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		var parent = file.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		var temporary = Files.createTempFile(parent, ".signing-key", ".tmp");
		try {
			ownerOnly(temporary);
			Files.writeString(temporary, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
			Files.move(temporary, file);
		}
		catch (FileAlreadyExistsException ex) {
			// created meanwhile by the service or a command: that one is the key
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the folder's permissions protect it
		}
	}

}
