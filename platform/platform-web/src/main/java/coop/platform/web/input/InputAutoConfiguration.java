package coop.platform.web.input;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Strict input in every servlet service: typed JSON with dates in their window, and no
 * control character in bodies, parameters or path variables.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
public class InputAutoConfiguration {

	@Bean
	StrictJson strictJson() {
		return new StrictJson();
	}

	@Bean
	ControlCharactersInBodies controlCharactersInBodies(JsonMapper json) {
		return new ControlCharactersInBodies(json);
	}

	@Bean
	WebMvcConfigurer controlCharactersInParameters() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new ControlCharactersInParameters());
			}
		};
	}

}
