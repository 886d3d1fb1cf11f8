package coop.platform.test;

import java.util.function.Consumer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A RabbitMQ broker, which a test may stop and start again to prove that nothing is lost
 * meanwhile.
 *
 * @param virtualHost the tests' own virtual host on a shared broker, so that services
 * started by {@code ./coop up} on the same broker never take the tests' messages (nor the
 * reverse)
 */
public record RabbitServer(String host, int port, String username, String password, String virtualHost,
		Consumer<String[]> shell) {

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.host", this::host);
		registry.add("spring.rabbitmq.port", this::port);
		registry.add("spring.rabbitmq.username", this::username);
		registry.add("spring.rabbitmq.password", this::password);
		registry.add("spring.rabbitmq.virtual-host", this::virtualHost);
	}

	/**
	 * Stops the broker application (connections drop, durable queues and their messages
	 * stay on disk).
	 */
	public void stopBroker() {
		this.shell.accept(new String[] { "rabbitmqctl", "stop_app" });
	}

	public void startBroker() {
		this.shell.accept(new String[] { "rabbitmqctl", "start_app" });
		this.shell.accept(new String[] { "rabbitmqctl", "await_startup" });
	}

}
