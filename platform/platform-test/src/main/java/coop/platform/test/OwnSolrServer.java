package coop.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Solr server of the test run's own, with the core {@code coop} built from the
 * repository's configset: search tests may wipe, reindex or edit synonyms without
 * touching the index of a platform running beside them, and may {@link #stop()} and
 * {@link #start()} it (the index is kept). Locally it is the launcher's Solr program
 * ({@code infra/solr/SolrServer.java}) in a process of its own on a free port, with its
 * data in a temporary folder; with Docker, a container of the official image.
 */
public final class OwnSolrServer extends OwnServer {

	OwnSolrServer(boolean containers) {
		super("solr");
		if (containers) {
			useContainer(
					new GenericContainer<>(TestServers.SOLR_IMAGE)
						.withCopyFileToContainer(
								MountableFile
									.forHostPath(TestServers.repositoryRoot().resolve("resources-service/solr/coop")),
								"/opt/solr/server/solr/configsets/coop")
						.withCommand("solr-precreate", "coop", "/opt/solr/server/solr/configsets/coop")
						.waitingFor(Wait.forHttp("/solr/coop/admin/ping").forStatusCode(200)),
					8983);
		}
		start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port + "/solr";
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("coop.search.solr-url", this::baseUrl);
	}

	@Override
	protected ProcessBuilder localProcess() {
		Path root = TestServers.repositoryRoot();
		try {
			return new ProcessBuilder(List.of(javaCommand(), "-Xmx256m", "-cp", classpath(root),
					root.resolve("infra/solr/SolrServer.java").toString(), "--port", String.valueOf(this.port),
					"--home", this.home.resolve("home").toString(), "--configset",
					root.resolve("resources-service/solr/coop").toString()))
				.redirectErrorStream(true)
				.redirectOutput(this.home.resolve("solr.log").toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected void awaitStarted() {
		awaitPing(true);
	}

	private void awaitPing(boolean up) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			if (ping() == up) {
				return;
			}
			if (processExited()) {
				throw new IllegalStateException("Solr of the tests exited; see " + this.home.resolve("solr.log"));
			}
			Eventually.pause(Duration.ofMillis(250));
		}
		throw new IllegalStateException("Solr of the tests did not start; see " + this.home.resolve("solr.log"));
	}

	private boolean ping() {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl() + "/coop/admin/ping")
				.toURL()
				.openConnection();
			connection.setConnectTimeout(500);
			connection.setReadTimeout(2000);
			return connection.getResponseCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The classpath the launcher resolved for its Solr
	 * ({@code .coop/tools/solr.classpath}), resolved here the same way when this checkout
	 * never started Solr itself.
	 */
	private static String classpath(Path root) throws IOException {
		Path file = root.resolve(".coop/tools/solr.classpath");
		if (!Files.isRegularFile(file) || Files.size(file) == 0) {
			Files.createDirectories(file.getParent());
			try {
				Process resolve = new ProcessBuilder(root.resolve("mvnw").toString(), "-q", "-B", "-f",
						root.resolve("infra/solr/pom.xml").toString(), "dependency:build-classpath",
						"-Dmdep.outputFile=" + file)
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				if (resolve.waitFor() != 0) {
					throw new IllegalStateException("Could not resolve Solr's classpath from infra/solr/pom.xml");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return Files.readString(file).strip();
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
