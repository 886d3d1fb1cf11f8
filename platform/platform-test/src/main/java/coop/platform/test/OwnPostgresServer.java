package coop.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * A PostgreSQL server of the test's own, on a free port, that the test may
 * {@link #restart()} as an outage would (every connection drops, none is accepted for a
 * while, the data stay), without touching the machine's server. Locally a cluster made by
 * {@code initdb} in a temporary folder (as the {@code postgres} user when the tests run
 * as root) and run by {@code postgres}; with Docker, a container of the pinned image on a
 * fixed port.
 */
public final class OwnPostgresServer extends OwnServer {

	private static final String PASSWORD = "own-postgres";

	private final boolean asRoot;

	OwnPostgresServer(boolean containers) {
		super("postgres");
		this.asRoot = "root".equals(System.getProperty("user.name"));
		try {
			if (containers) {
				useContainer(new GenericContainer<>(TestServers.POSTGRES_IMAGE).withEnv("POSTGRES_PASSWORD", PASSWORD)
					.waitingFor(Wait.forLogMessage(".*ready to accept connections.*\\n", 2)), 5432);
			}
			else {
				if (this.asRoot) {
					run(List.of("chown", "postgres", this.home.toString()));
				}
				Path password = this.home.resolve("password");
				Files.writeString(password, PASSWORD);
				if (this.asRoot) {
					run(List.of("chown", "postgres", password.toString()));
				}
				run(command(List.of("initdb", "-D", this.home.resolve("data").toString(), "-U", "postgres",
						"--auth=scram-sha-256", "--pwfile=" + password, "-E", "UTF8", "--locale=C.UTF-8")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		start();
	}

	/** A database of this server (created when missing). */
	public PostgresServer database(String name) {
		try (Connection admin = DriverManager.getConnection(url("postgres"), "postgres", PASSWORD)) {
			boolean exists = admin.createStatement()
				.executeQuery("select 1 from pg_database where datname = '" + name + "'")
				.next();
			if (!exists) {
				admin.createStatement().execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return new PostgresServer(url(name), "postgres", PASSWORD);
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	@Override
	protected ProcessBuilder localProcess() {
		return new ProcessBuilder(command(
				List.of("postgres", "-D", this.home.resolve("data").toString(), "-p", String.valueOf(this.port), "-c",
						"listen_addresses=127.0.0.1", "-c", "unix_socket_directories=" + this.home, "-c", "fsync=off")))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.home.resolve("postgres.log").toFile()));
	}

	/**
	 * Stops it at once, as a crash or a fast restart does: open connections drop. SIGTERM
	 * ("smart" shutdown) would wait for clients and destroyForcibly would skip the
	 * shutdown checkpoint: pg_ctl's fast mode is SIGINT, sent to the postmaster itself
	 * (the process started may be runuser).
	 */
	@Override
	protected void stopProcess(Process process) throws IOException, InterruptedException {
		String postmaster = Files.readAllLines(this.home.resolve("data/postmaster.pid")).get(0).strip();
		run(List.of("kill", "-INT", postmaster));
		process.waitFor();
	}

	/** Stops it, keeps it down for {@code down}, and starts it again. */
	public void restart(Duration down) {
		stop();
		Eventually.pause(down);
		start();
	}

	@Override
	protected void awaitStarted() {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", PASSWORD)) {
				return;
			}
			catch (SQLException ex) {
				Eventually.pause(Duration.ofMillis(200));
			}
		}
		throw new IllegalStateException(
				"PostgreSQL of the test did not start; see " + this.home.resolve("postgres.log"));
	}

	private List<String> command(List<String> command) {
		if (!this.asRoot) {
			return command;
		}
		List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		asPostgres.addAll(command);
		return asPostgres;
	}

	private void run(List<String> command) {
		try {
			Process started = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.home.resolve("setup.log").toFile()))
				.start();
			if (started.waitFor() != 0) {
				throw new IllegalStateException(
						String.join(" ", command) + " failed; see " + this.home.resolve("setup.log"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
