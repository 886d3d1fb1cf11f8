package coop.platform.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import coop.platform.contracts.events.RegistrationCancelled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class WireFormatTests {

	private final JsonMapper json = ContractJson.mapper();

	/** Every fixture with the event it holds: one per type, and the variants. */
	static Stream<Arguments> fixtures() {
		Stream<Arguments> main = ContractSamples.all()
			.entrySet()
			.stream()
			.map((sample) -> Arguments.of(fixtureName(sample.getKey()), sample.getValue()));
		Stream<Arguments> variants = ContractSamples.variants()
			.entrySet()
			.stream()
			.map((variant) -> Arguments.of(variant.getKey(), variant.getValue()));
		return Stream.concat(main, variants);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void eventSerialisesToItsFixture(String fixture, IntegrationEvent sample) throws IOException {
		JsonNode written = this.json.valueToTree(sample);
		assertThat(written).isEqualTo(fixture(fixture));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void fixtureParsesToTheEvent(String fixture, IntegrationEvent sample) throws IOException {
		assertThat(this.json.treeToValue(fixture(fixture), sample.getClass())).isEqualTo(sample);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("fixtures")
	void readersIgnoreFieldsAddedLaterByThePublisher(String fixture, IntegrationEvent sample) throws IOException {
		ObjectNode newer = (ObjectNode) fixture(fixture);
		newer.put("fieldFromTheFuture", "ignored");
		assertThat(this.json.treeToValue(newer, sample.getClass())).isEqualTo(sample);
	}

	@Test
	void readersTakeAValueAddedLaterToAnEnumerationForNone() throws IOException {
		ObjectNode newer = (ObjectNode) fixture("events.registration.cancelled.v1");
		newer.put("reason", "REASON_FROM_THE_FUTURE");
		assertThat(this.json.treeToValue(newer, RegistrationCancelled.class).reason()).isNull();
	}

	@Test
	void variantsAreOfTheirFixturesType() {
		ContractSamples.variants()
			.forEach((fixture, sample) -> assertThat(fixture).startsWith(fixtureName(sample.getClass()) + "."));
	}

	@Test
	void everyValueOfAnEnumerationOnTheWireHasAFixture() throws IOException {
		Set<Class<?>> enums = new LinkedHashSet<>();
		ContractSamples.all().keySet().forEach((type) -> collectEnums(type, enums, new HashSet<>()));
		assertThat(enums).isNotEmpty();
		List<String> written = new ArrayList<>();
		for (Arguments fixture : fixtures().toList()) {
			written.add(fixture((String) fixture.get()[0]).toString());
		}
		for (Class<?> type : enums) {
			for (Object constant : type.getEnumConstants()) {
				String value = this.json.writeValueAsString(constant);
				assertThat(written).as(type.getName() + "." + constant + " in a fixture")
					.anyMatch((fixture) -> fixture.contains(value));
			}
		}
	}

	private static void collectEnums(Type type, Set<Class<?>> enums, Set<Type> seen) {
		if (!seen.add(type)) {
			return;
		}
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				collectEnums(argument, enums, seen);
			}
		}
		else if (type instanceof Class<?> candidate) {
			if (candidate.isEnum()) {
				enums.add(candidate);
			}
			else if (candidate.isRecord()) {
				for (RecordComponent component : candidate.getRecordComponents()) {
					collectEnums(component.getGenericType(), enums, seen);
				}
			}
		}
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

	private static String fixtureName(Class<?> type) {
		EventType eventType = type.getAnnotation(EventType.class);
		return eventType.value() + ".v" + eventType.version();
	}

	private JsonNode fixture(String fixture) throws IOException {
		String name = "/contracts/" + fixture + ".json";
		try (InputStream in = getClass().getResourceAsStream(name)) {
			assertThat(in).as("fixture " + name).isNotNull();
			return this.json.readTree(in);
		}
	}

}
