package coop.dashboard.imports;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest file accepted; a larger one is refused while it streams in
 * @param spoolDir where uploaded files wait for their job (shared by every instance when
 * several run)
 * @param watchDir a folder the accountant's exports may be dropped into, or {@code null};
 * each file found there is imported, then moved to {@code imported/} or {@code refused/}
 * beside it
 * @param watchInterval how often the watched folder and waiting jobs are looked at
 * @param publicUrl the site's address, for links in e-mails
 */
@ConfigurationProperties("coop.imports")
record ImportProperties(@DefaultValue("200MB") DataSize maxSize, Path spoolDir, Path watchDir,
		@DefaultValue("5s") Duration watchInterval, @DefaultValue("http://localhost:8080") String publicUrl) {

	ImportProperties {
		if (watchDir != null && watchDir.toString().isBlank()) {
			watchDir = null;
		}
		if (spoolDir == null || spoolDir.toString().isBlank()) {
			spoolDir = Path.of(System.getProperty("java.io.tmpdir"), "coop-dashboard-imports");
		}
	}

}
