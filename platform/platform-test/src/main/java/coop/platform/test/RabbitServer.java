package coop.platform.test;

import java.util.function.Consumer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A RabbitMQ broker, which a test may stop and start again to prove that nothing is lost
 * meanwhile.
 */
public record RabbitServer(String host, int port, String username, String password, Consumer<String[]> shell) {

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.host", this::host);
		registry.add("spring.rabbitmq.port", this::port);
		registry.add("spring.rabbitmq.username", this::username);
		registry.add("spring.rabbitmq.password", this::password);
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
