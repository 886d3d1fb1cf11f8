package coop.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the settings every domain service shares (French locale, actuator limited to
 * health and info, registry and issuer locations from the environment) as
 * lowest-precedence defaults.
 */
public class ServiceDefaults implements EnvironmentPostProcessor {

	static final String RESOURCE = "coop-platform/service-defaults.properties";

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
