package coop.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Redis server of the test's own, on a free port, that the test may {@link #stop()} and
 * {@link #start()} as an outage would, without touching the machine's Redis (the running
 * platform's sessions and rate limits). Locally a {@code redis-server} process (the one
 * {@code ./coop up} installs) without persistence; with Docker, a container of the pinned
 * image on the same fixed port, so that clients find it again after a restart.
 */
public final class OwnRedisServer {

	private final int port;

	private final Path home;

	private Process process;

	private GenericContainer<?> container;

	OwnRedisServer(boolean containers) {
		this.port = freePort();
		try {
			this.home = Files.createTempDirectory("coop-redis-it");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (containers) {
			this.container = new GenericContainer<>(TestServers.REDIS_IMAGE).withExposedPorts(6379)
				.withCreateContainerCmdModifier((cmd) -> cmd.getHostConfig()
					.withPortBindings(new PortBinding(Ports.Binding.bindPort(this.port), ExposedPort.tcp(6379))));
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "own-redis-stop"));
		start();
	}

	public String host() {
		return "127.0.0.1";
	}

	public int port() {
		return this.port;
	}

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", this::host);
		registry.add("spring.data.redis.port", this::port);
	}

	/** Starts it (again, empty) and waits until it accepts connections. */
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
			try {
				this.process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(this.port), "--bind",
						"127.0.0.1", "--save", "", "--appendonly", "no", "--dir", this.home.toString()))
					.redirectErrorStream(true)
					.redirectOutput(this.home.resolve("redis.log").toFile())
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("redis-server not found: ./coop up installs it", ex);
			}
		}
		await(true);
	}

	/** Stops it as an outage would: every connection drops, nothing is answered. */
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
		await(false);
	}

	private void await(boolean up) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			if (accepts() == up) {
				return;
			}
			Eventually.pause(Duration.ofMillis(100));
		}
		throw new IllegalStateException(
				"Redis of the test did not " + (up ? "start" : "stop") + "; see " + this.home.resolve("redis.log"));
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host(), this.port), 300);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
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
