package coop.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.stereotype.Component;

/**
 * Where a file waits for its job. It is written as it streams in, its checksum computed
 * on the way, and refused the moment it passes the size limit: a refused file leaves
 * nothing behind.
 */
@Component
class Spool {

	record Spooled(Path path, String checksum, long size) {
	}

	private final ImportProperties properties;

	Spool(ImportProperties properties) {
		this.properties = properties;
	}

	Spooled write(InputStream input) throws IOException {
		Files.createDirectories(this.properties.spoolDir());
		Path file = this.properties.spoolDir().resolve(UUID.randomUUID() + ".upload");
		long max = this.properties.maxSize().toBytes();
		MessageDigest digest = sha256();
		long size = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			int read;
			while ((read = input.read(buffer)) != -1) {
				size += read;
				if (size > max) {
					throw tooLarge(max);
				}
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		if (size == 0) {
			Files.deleteIfExists(file);
			throw ProblemException.invalid("file", "Le fichier est vide.");
		}
		return new Spooled(file, HexFormat.of().formatHex(digest.digest()), size);
	}

	ProblemException tooLarge(long max) {
		return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Le fichier dépasse la taille maximale de "
				+ (max / (1024 * 1024)) + " Mo. Exportez une période plus courte.");
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
