package coop.platform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class WireFormatTests {

	private final JsonMapper json = ContractJson.mapper();

	static Stream<Class<? extends IntegrationEvent>> eventTypes() {
		return ContractSamples.all().keySet().stream();
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void eventSerialisesToItsFixture(Class<? extends IntegrationEvent> type) throws IOException {
		JsonNode written = this.json.valueToTree(ContractSamples.all().get(type));
		assertThat(written).isEqualTo(fixture(type));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void fixtureParsesToTheEvent(Class<? extends IntegrationEvent> type) throws IOException {
		assertThat(this.json.treeToValue(fixture(type), type)).isEqualTo(ContractSamples.all().get(type));
	}

	@ParameterizedTest
	@MethodSource("eventTypes")
	void readersIgnoreFieldsAddedLaterByThePublisher(Class<? extends IntegrationEvent> type) throws IOException {
		ObjectNode newer = (ObjectNode) fixture(type);
		newer.put("fieldFromTheFuture", "ignored");
		assertThat(this.json.treeToValue(newer, type)).isEqualTo(ContractSamples.all().get(type));
	}

	@Test
	void everyIntegrationEventHasASampleAndAType() throws Exception {
		List<Class<?>> found = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:coop/platform/contracts/**/*.class")) {
			String path = resource.getURL().getPath();
			String name = path.substring(path.indexOf("coop/platform/contracts/"))
				.replace('/', '.')
				.replace(".class", "");
			Class<?> candidate = Class.forName(name);
			if (IntegrationEvent.class.isAssignableFrom(candidate) && !candidate.isInterface()
					&& !Modifier.isAbstract(candidate.getModifiers())) {
				found.add(candidate);
			}
		}
		assertThat(found).isNotEmpty();
		assertThat(new ArrayList<Class<?>>(ContractSamples.all().keySet())).containsExactlyInAnyOrderElementsOf(found);
		found.forEach((type) -> assertThat(type.getAnnotation(EventType.class)).as(type.getName()).isNotNull());
	}

	private JsonNode fixture(Class<? extends IntegrationEvent> type) throws IOException {
		String name = "/contracts/" + type.getAnnotation(EventType.class).value() + ".v"
				+ type.getAnnotation(EventType.class).version() + ".json";
		try (InputStream in = getClass().getResourceAsStream(name)) {
			assertThat(in).as("fixture " + name).isNotNull();
			return this.json.readTree(in);
		}
	}

}
