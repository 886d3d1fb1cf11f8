package coop.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
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
public final class OwnSolrServer {

	private final int port;

	private final Path home;

	private Process process;

	private GenericContainer<?> container;

	OwnSolrServer(boolean containers) {
		this.port = freePort();
		try {
			this.home = Files.createTempDirectory("coop-solr-it");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (containers) {
			this.container = new GenericContainer<>(TestServers.SOLR_IMAGE).withExposedPorts(8983)
				.withCreateContainerCmdModifier((cmd) -> cmd.getHostConfig()
					.withPortBindings(new PortBinding(Ports.Binding.bindPort(this.port), ExposedPort.tcp(8983))))
				.withCopyFileToContainer(
						MountableFile.forHostPath(TestServers.repositoryRoot().resolve("resources-service/solr/coop")),
						"/opt/solr/server/solr/configsets/coop")
				.withCommand("solr-precreate", "coop", "/opt/solr/server/solr/configsets/coop")
				.waitingFor(Wait.forHttp("/solr/coop/admin/ping").forStatusCode(200));
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "own-solr-stop"));
		start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port + "/solr";
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("coop.search.solr-url", this::baseUrl);
	}

	/** Starts it (again) and waits until the core answers. */
	public synchronized void start() {
		if (this.container != null) {
			if (this.container.getContainerId() == null) {
				this.container.start();
			}
			else {
				this.container.getDockerClient().startContainerCmd(this.container.getContainerId()).exec();
			}
		}
		else if (this.process == null || !this.process.isAlive()) {
			Path root = TestServers.repositoryRoot();
			try {
				this.process = new ProcessBuilder(List.of(javaCommand(), "-Xmx256m", "-cp", classpath(root),
						root.resolve("infra/solr/SolrServer.java").toString(), "--port", String.valueOf(this.port),
						"--home", this.home.resolve("home").toString(), "--configset",
						root.resolve("resources-service/solr/coop").toString()))
					.redirectErrorStream(true)
					.redirectOutput(this.home.resolve("solr.log").toFile())
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		awaitPing(true);
	}

	/** Stops it as an outage would (the index is kept for {@link #start()}). */
	public synchronized void stop() {
		if (this.container != null && this.container.getContainerId() != null) {
			this.container.getDockerClient().stopContainerCmd(this.container.getContainerId()).exec();
		}
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void awaitPing(boolean up) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			if (ping() == up) {
				return;
			}
			if (this.process != null && !this.process.isAlive()) {
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

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
