package coop.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a service's {@code application.yml} against the configuration metadata of the
 * jars on its classpath: a key Spring does not know, or one it has deprecated (Boot 4
 * moved many, and an error-level deprecation is silently ignored), fails the test. The
 * platform's own {@code coop.*} settings are left out: they are bound by records that
 * fail at start-up instead.
 */
public final class ConfigurationKeys {

	private ConfigurationKeys() {
	}

	public static void verify() {
		Metadata metadata = Metadata.load();
		List<String> problems = new ArrayList<>();
		for (String key : keysOf("application.yml")) {
			if (key.startsWith("coop.")) {
				continue;
			}
			String deprecation = metadata.deprecated.get(key);
			if (deprecation != null) {
				problems.add(key + " is deprecated: " + deprecation);
			}
			else if (!metadata.knows(key)) {
				problems.add(key + " is not a property any jar on the classpath declares");
			}
		}
		assertThat(problems).as("settings of application.yml").isEmpty();
	}

	static Set<String> keysOf(String file) {
		try {
			Set<String> keys = new TreeSet<>();
			for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
				Collections.addAll(keys, ((EnumerablePropertySource<?>) source).getPropertyNames());
			}
			return keys;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

	private record Metadata(Set<String> names, Map<String, String> deprecated) {

		static Metadata load() {
			Set<String> names = new HashSet<>();
			Map<String, String> deprecated = new HashMap<>();
			JsonMapper json = JsonMapper.builder().build();
			for (String file : List.of("META-INF/spring-configuration-metadata.json",
					"META-INF/additional-spring-configuration-metadata.json")) {
				try {
					for (URL url : Collections.list(ConfigurationKeys.class.getClassLoader().getResources(file))) {
						try (InputStream in = url.openStream()) {
							for (JsonNode property : json.readTree(in).path("properties")) {
								String name = property.path("name").asString();
								names.add(name);
								JsonNode deprecation = property.path("deprecation");
								if (!deprecation.isMissingNode()) {
									deprecated.put(name, "replaced by " + deprecation.path("replacement").asString("?")
											+ " (level " + deprecation.path("level").asString("warning") + ")");
								}
							}
						}
					}
				}
				catch (IOException ex) {
					throw new IllegalStateException("Cannot read " + file, ex);
				}
			}
			return new Metadata(names, deprecated);
		}

		/** Known as such, or inside a map, list or nested object that is known. */
		boolean knows(String key) {
			if (this.names.contains(key)) {
				return true;
			}
			for (int i = key.length() - 1; i > 0; i--) {
				char c = key.charAt(i);
				if ((c == '.' || c == '[') && this.names.contains(key.substring(0, i))) {
					return true;
				}
			}
			return false;
		}

	}

}
