package coop.platform.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the backbone's broker settings (publisher confirms, mandatory routing, listener
 * retries ending in the dead-letter queue) as the lowest-precedence defaults, so every
 * service gets them and may still override one.
 */
public class MessagingDefaults implements EnvironmentPostProcessor {

	static final String RESOURCE = "coop-platform/messaging-defaults.properties";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		try {
			environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource(RESOURCE)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
