package coop.events.antenna;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * members-service's public API as the seeds read it at start: found through the service
 * registry, each instance tried in turn with short timeouts.
 */
class MembersPublicApi {

	static final String MEMBERS_SERVICE = "members-service";

	private final @Nullable DiscoveryClient discovery;

	private final RestClient http;

	MembersPublicApi(@Nullable DiscoveryClient discovery) {
		this.discovery = discovery;
		SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
		timeouts.setConnectTimeout(Duration.ofSeconds(2));
		timeouts.setReadTimeout(Duration.ofSeconds(5));
		this.http = RestClient.builder().requestFactory(timeouts).build();
	}

	/**
	 * The body at that path from the first instance that answers.
	 * @throws IllegalStateException when members-service is not registered, or the last
	 * instance's failure when none answered
	 */
	@Nullable String read(String path) {
		RuntimeException failure = new IllegalStateException("members-service is not registered");
		for (ServiceInstance instance : (this.discovery != null) ? this.discovery.getInstances(MEMBERS_SERVICE)
				: java.util.List.<ServiceInstance>of()) {
			try {
				return this.http.get()
					.uri(URI.create(instance.getUri().toString() + path))
					.retrieve()
					.body(String.class);
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
		}
		throw failure;
	}

}
