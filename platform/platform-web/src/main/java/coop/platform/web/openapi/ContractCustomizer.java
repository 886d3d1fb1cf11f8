package coop.platform.web.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Completes the document once built. Records reached from a response have every property
 * required (Jackson writes each component, null or not) except those left out when null;
 * records only sent in requests keep what Bean Validation requires. Every operation
 * answers its errors as the platform's problem+json ({@code Problem}).
 */
class ContractCustomizer implements GlobalOpenApiCustomizer {

	static final String PROBLEM = "Problem";

	private final RecordSchemas records;

	ContractCustomizer(RecordSchemas records) {
		this.records = records;
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void customise(OpenAPI openApi) {
		if (!this.records.collisions().isEmpty()) {
			throw new IllegalStateException("Records of different shapes share a name in the OpenAPI document, "
					+ "so one would stand for the other: rename one of each " + this.records.collisions());
		}
		Components components = openApi.getComponents();
		if (components == null) {
			components = new Components();
			openApi.setComponents(components);
		}
		Map<String, Schema> schemas = (components.getSchemas() != null) ? components.getSchemas() : Map.of();
		for (String name : reachedFromResponses(openApi, schemas)) {
			Schema schema = schemas.get(name);
			if (!this.records.isRecord(name) || schema.getProperties() == null) {
				continue;
			}
			Set<String> omitted = this.records.omittedWhenNull(name);
			List<String> required = new ArrayList<>();
			for (Object property : schema.getProperties().keySet()) {
				if (!omitted.contains(property)) {
					required.add((String) property);
				}
			}
			schema.setRequired(required.isEmpty() ? null : required);
		}
		components.addSchemas(PROBLEM, problemSchema());
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().forEach(ContractCustomizer::answerProblems);
		}
	}

	private static void answerProblems(PathItem path) {
		for (Operation operation : path.readOperations()) {
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			Content problem = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
			responses.addApiResponse("4XX",
					new ApiResponse().description("Refused (RFC 9457 problem)").content(problem));
			responses.addApiResponse("5XX",
					new ApiResponse().description("Failed (RFC 9457 problem)").content(problem));
			operation.setResponses(responses);
		}
	}

	/** RFC 9457 problem details as {@code platform-web}'s handler writes them. */
	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema fieldProblem = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
		return new ObjectSchema().description("RFC 9457 problem details, with a French detail")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("errors", new ArraySchema().items(fieldProblem));
	}

	/** Names of the component schemas a response body reaches, directly or not. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Set<String> reachedFromResponses(OpenAPI openApi, Map<String, Schema> schemas) {
		Deque<Schema> pending = new ArrayDeque<>();
		if (openApi.getPaths() != null) {
			for (PathItem path : openApi.getPaths().values()) {
				for (Operation operation : path.readOperations()) {
					if (operation.getResponses() == null) {
						continue;
					}
					for (ApiResponse response : operation.getResponses().values()) {
						if (response.getContent() != null) {
							response.getContent().values().forEach((media) -> {
								if (media.getSchema() != null) {
									pending.add(media.getSchema());
								}
							});
						}
					}
				}
			}
		}
		Set<String> reached = new HashSet<>();
		while (!pending.isEmpty()) {
			Schema schema = pending.pop();
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (reached.add(name) && schemas.containsKey(name)) {
					pending.add(schemas.get(name));
				}
				continue;
			}
			if (schema.getProperties() != null) {
				pending.addAll(schema.getProperties().values());
			}
			if (schema.getItems() != null) {
				pending.add(schema.getItems());
			}
			if (schema.getAdditionalProperties() instanceof Schema additional) {
				pending.add(additional);
			}
			for (List<Schema> composed : new List[] { schema.getAnyOf(), schema.getOneOf(), schema.getAllOf() }) {
				if (composed != null) {
					pending.addAll(composed);
				}
			}
		}
		return reached;
	}

}
