package coop.platform.test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.testcontainers.containers.GenericContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Redis server of the test's own, on a free port, that the test may {@link #stop()} and
 * {@link #start()} as an outage would, without touching the machine's Redis (the running
 * platform's sessions and rate limits). Locally a {@code redis-server} process (the one
 * {@code ./coop up} installs) without persistence; with Docker, a container of the pinned
 * image on the same fixed port, so that clients find it again after a restart.
 */
public final class OwnRedisServer extends OwnServer {

	OwnRedisServer(boolean containers) {
		super("redis");
		if (containers) {
			useContainer(new GenericContainer<>(TestServers.REDIS_IMAGE), 6379);
		}
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

	@Override
	protected ProcessBuilder localProcess() {
		return new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(this.port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--dir", this.home.toString()))
			.redirectErrorStream(true)
			.redirectOutput(this.home.resolve("redis.log").toFile());
	}

	@Override
	protected void awaitStarted() {
		await(true);
	}

	/** Stops it as an outage would: every connection drops, nothing is answered. */
	@Override
	public synchronized void stop() {
		super.stop();
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

}
