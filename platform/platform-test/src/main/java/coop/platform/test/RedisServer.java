package coop.platform.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Redis server.
 */
public record RedisServer(String host, int port) {

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", this::host);
		registry.add("spring.data.redis.port", this::port);
	}

}
