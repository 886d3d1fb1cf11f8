package coop.platform.web.openapi;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RecordSchemasTests {

	record Antenna(String code, String name) {
	}

	enum Kind {

		MEETING("Réunion"), FAIR("Salon ou foire");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	record Sample(Kind kind, String title, @Nullable String theme, @Nullable Antenna antenna, int seats,
			@JsonInclude(JsonInclude.Include.NON_NULL) String description, List<Antenna> antennas) {
	}

	final RecordSchemas records = new RecordSchemas();

	@SuppressWarnings("rawtypes")
	Map<String, Schema> resolve() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(this.records);
		return converters.readAll(Sample.class);
	}

	@Test
	@SuppressWarnings("rawtypes")
	void nullableComponentsAcceptNullAndOthersDoNot() {
		Map<String, Schema> properties = resolve().get("Sample").getProperties();
		assertThat(properties.get("theme").getTypes()).containsExactlyInAnyOrder("string", "null");
		assertThat(properties.get("title").getTypes()).containsExactly("string");
		assertThat(properties.get("antenna").getAnyOf()).hasSize(2);
		assertThat(properties.get("seats").getTypes()).containsExactly("integer");
	}

	@Test
	void componentsLeftOutWhenNullAreRemembered() {
		resolve();
		assertThat(this.records.isRecord("Sample")).isTrue();
		assertThat(this.records.omittedWhenNull("Sample")).containsExactly("description");
	}

	@Test
	@SuppressWarnings("rawtypes")
	void enumsWithLabelsCarryThem() {
		Map<String, Schema> properties = resolve().get("Sample").getProperties();
		Map<String, Object> extensions = properties.get("kind").getExtensions();
		assertThat(extensions).containsEntry("x-enum-name", "Kind")
			.containsEntry("x-labels", Map.of("MEETING", "Réunion", "FAIR", "Salon ou foire"));
	}

	static class Appointments {

		record Person(String subject, String name) {
		}

	}

	static class Referrals {

		record Person(String firstName, String lastName) {
		}

	}

	record Both(Appointments.Person coach, Referrals.Person referred) {
	}

	static class People {

		record Ref(String code, String name) {
		}

	}

	static class Files {

		record Ref(String code, String name) {
		}

	}

	record SameShapes(People.Ref antenna, Files.Ref organisation) {
	}

	@Test
	void twoRecordsOfOneNameAndDifferentShapesAreReported() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(this.records);
		converters.readAll(Both.class);
		assertThat(this.records.collisions()).singleElement().asString().startsWith("Person (");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ContractCustomizer(this.records).customise(new io.swagger.v3.oas.models.OpenAPI()))
			.withMessageContaining("rename one");
	}

	@Test
	void twoRecordsOfOneNameAndOneShapeDescribeTheSameJson() {
		ModelConverters converters = new ModelConverters(true);
		converters.addConverter(this.records);
		converters.readAll(SameShapes.class);
		assertThat(this.records.collisions()).isEmpty();
	}

}
