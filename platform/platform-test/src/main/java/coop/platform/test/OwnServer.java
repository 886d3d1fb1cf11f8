package coop.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;

/**
 * What every server of a test's own shares: a free port, a temporary folder, and either a
 * container bound to that same port (so that clients find it again after a restart) or a
 * local process; {@link #start()} and {@link #stop()} as an outage would, without
 * touching the machine's servers that a running platform uses. A subclass says how to
 * start its process and how to know it answers.
 */
abstract class OwnServer {

	protected final int port;

	protected final Path home;

	private GenericContainer<?> container;

	private Process process;

	OwnServer(String name) {
		this.port = freePort();
		try {
			this.home = Files.createTempDirectory("coop-" + name + "-it");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "own-" + name + "-stop"));
	}

	/**
	 * With Docker: runs this container instead of a process, its {@code containerPort} on
	 * {@link #port}.
	 */
	protected final void useContainer(GenericContainer<?> container, int containerPort) {
		this.container = container.withExposedPorts(containerPort)
			.withCreateContainerCmdModifier((cmd) -> cmd.getHostConfig()
				.withPortBindings(new PortBinding(Ports.Binding.bindPort(this.port), ExposedPort.tcp(containerPort))));
	}

	/** The local process that serves on {@link #port} with its data in {@link #home}. */
	protected abstract ProcessBuilder localProcess();

	/** Waits until the server answers (or throws, naming its log). */
	protected abstract void awaitStarted();

	/**
	 * Stops the local process; by default as {@link Process#destroy()} does (SIGTERM).
	 */
	protected void stopProcess(Process process) throws IOException, InterruptedException {
		process.destroy();
		process.waitFor();
	}

	/** Starts it (again) and waits until it answers. */
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
			ProcessBuilder local = localProcess();
			try {
				this.process = local.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start " + local.command() + " (./coop up installs it)", ex);
			}
		}
		awaitStarted();
	}

	/** Stops it as an outage would: every connection drops, nothing is answered. */
	public synchronized void stop() {
		if (this.container != null && this.container.getContainerId() != null) {
			this.container.getDockerClient().stopContainerCmd(this.container.getContainerId()).exec();
		}
		if (this.process != null && this.process.isAlive()) {
			try {
				stopProcess(this.process);
			}
			catch (IOException ex) {
				this.process.destroy();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Whether the local process was started and has exited since (a start that failed).
	 */
	protected final boolean processExited() {
		return this.process != null && !this.process.isAlive();
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
