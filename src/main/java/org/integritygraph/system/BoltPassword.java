package org.integritygraph.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;

/**
 * The password of the embedded database's Bolt connector: 192 random bits, new at every start, set for the
 * user {@code neo4j} and written to {@code <data directory>/bolt-password}, readable by its owner only. The
 * service's own driver and local Bolt tools ({@code cypher-shell -u neo4j -p "$(cat data/bolt-password)"})
 * read it there; nobody else can connect, whatever address the connector binds.
 */
final class BoltPassword {

	static final String USER = "neo4j";

	private static final String FILE = "bolt-password";

	private BoltPassword() {
	}

	static Path file(Path dataDirectory) {
		return dataDirectory.toAbsolutePath().resolve(FILE);
	}

	/** A new random password. */
	static String generate() {
		var bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Sets {@code password} for {@code neo4j} (through the embedded API, which needs none) and saves it. */
	static void set(DatabaseManagementService dbms, Path dataDirectory, String password) {
		dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
			.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
					Map.of("password", password));
		write(file(dataDirectory), password);
	}

	static boolean loopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static void write(Path file, String password) {
		try {
			var temporary = Files.createTempFile(file.getParent(), ".bolt-password", ".tmp");
			try {
				Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system: the data directory's permissions protect it
			}
			Files.writeString(temporary, password + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the Bolt password to " + file, ex);
		}
	}

}
