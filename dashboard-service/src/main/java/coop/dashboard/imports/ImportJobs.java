package coop.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Receives files (upload or watched folder) and runs their jobs in the background, one at
 * a time per instance. A job waits in the database, so an instance that stops leaves its
 * job to another (after two minutes without a heartbeat), and a restart finds the jobs
 * still waiting.
 */
@Component
public class ImportJobs {

	private static final Log logger = LogFactory.getLog(ImportJobs.class);

	private final Imports imports;

	private final ImportRunner runner;

	private final Spool spool;

	private final ImportProperties properties;

	private final JdbcClient jdbc;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "accounting-import");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean draining = new AtomicBoolean();

	ImportJobs(Imports imports, ImportRunner runner, Spool spool, ImportProperties properties, JdbcClient jdbc) {
		this.imports = imports;
		this.runner = runner;
		this.spool = spool;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	/**
	 * Spools a file and queues its job, unless the same file was imported already.
	 */
	public UUID receive(InputStream content, String fileName, String source, String uploadedBy) throws IOException {
		Spool.Spooled spooled = this.spool.write(content);
		if ("UPLOAD".equals(source)) {
			try {
				SourceFile.detect(spooled.path());
			}
			catch (UnreadableFileException ex) {
				Files.deleteIfExists(spooled.path());
				throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
			}
		}
		UUID id = this.imports.create(fileName, spooled.checksum(), spooled.size(), source, uploadedBy);
		Optional<UUID> earlier = this.imports.importedWith(spooled.checksum());
		if (earlier.isPresent()) {
			Files.deleteIfExists(spooled.path());
			this.imports.duplicate(id, earlier.get());
			return id;
		}
		Files.move(spooled.path(), ImportRunner.spooled(this.properties, id), StandardCopyOption.ATOMIC_MOVE);
		wake();
		return id;
	}

	void wake() {
		if (this.draining.compareAndSet(false, true)) {
			this.worker.execute(this::drain);
		}
	}

	private void drain() {
		try {
			Optional<UUID> next;
			while ((next = this.imports.claim()).isPresent()) {
				UUID id = next.get();
				record Job(String checksum, String fileName) {
				}
				Job job = this.jdbc.sql("select checksum, file_name from accounting_import where id = ?")
					.param(id)
					.query(Job.class)
					.single();
				this.runner.run(id, job.checksum(), job.fileName());
			}
		}
		catch (RuntimeException ex) {
			logger.error("Import jobs stopped; the next look will resume them", ex);
		}
		finally {
			this.draining.set(false);
		}
	}

	@Scheduled(fixedDelayString = "${coop.imports.watch-interval:5s}", initialDelayString = "5s")
	void look() {
		if (this.properties.watchDir() != null) {
			watch(this.properties.watchDir());
		}
		wake();
	}

	private void watch(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
				(entry) -> Files.isRegularFile(entry) && !entry.getFileName().toString().startsWith("."))) {
			for (Path entry : entries) {
				// a file still being copied in changes size between two looks
				long size = Files.size(entry);
				if (System.currentTimeMillis() - Files.getLastModifiedTime(entry).toMillis() < 2000
						|| size != Files.size(entry)) {
					continue;
				}
				UUID id;
				try (InputStream in = Files.newInputStream(entry)) {
					id = receive(in, entry.getFileName().toString(), "FOLDER", null);
				}
				catch (RuntimeException ex) {
					moveTo(folder.resolve("refused"), entry);
					logger.warn("Watched file " + entry + " refused: " + ex.getMessage());
					continue;
				}
				moveTo(folder.resolve("received"), entry);
				logger.info("Watched file " + entry + " queued as import " + id);
			}
		}
		catch (IOException ex) {
			logger.warn("Watched folder " + folder + " not readable: " + ex.getMessage());
		}
	}

	private static void moveTo(Path target, Path entry) throws IOException {
		Files.createDirectories(target);
		Files.move(entry, target.resolve(entry.getFileName()), StandardCopyOption.REPLACE_EXISTING);
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
