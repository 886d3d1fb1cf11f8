package coop.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends random and hostile bodies to every POST, PUT and PATCH with a JSON body that a
 * service's OpenAPI document lists (so a new endpoint joins by itself), with real tokens
 * of every kind of caller: wrong JSON types, control characters, huge and deeply nested
 * values, boundary numbers and dates, missing fields, broken JSON. What a service may
 * answer: anything under 500, every 4xx as problem+json, and a refused request stores
 * nothing (the store's count is the same before and after).
 * <p>
 * Seeded (system property or variable {@code COOP_FUZZ_SEED}) and bounded in time
 * ({@code COOP_FUZZ_SECONDS}, 25 by default): a finding prints the seed that reproduces
 * it.
 */
public final class ApiFuzzer {

	/** Who calls: {@code null} is a visitor without a token. */
	static final List<String> CALLERS = java.util.Arrays.asList(null, "marie.entrepreneur", "lucas.coach",
			"camille.staff", "nadia.staff", "sophie.prescriber", "paul.funder");

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Function<String, String> tokens;

	private final LongSupplier stored;

	private final BiFunction<String, JsonNode, String> pathValues;

	private JsonNode document;

	private Random random;

	/**
	 * @param baseUrl the service under test
	 * @param tokens an access token for a demo username
	 * @param stored how many things the service's store holds (outboxes and inboxes left
	 * out)
	 * @param pathValues a value for a path parameter (its name and schema), or
	 * {@code null} for a made-up one
	 */
	public ApiFuzzer(String baseUrl, Function<String, String> tokens, LongSupplier stored,
			BiFunction<String, JsonNode, String> pathValues) {
		this.baseUrl = baseUrl;
		this.tokens = tokens;
		this.stored = stored;
		this.pathValues = pathValues;
	}

	public static long seed() {
		String value = System.getProperty("COOP_FUZZ_SEED", TestServers.env("COOP_FUZZ_SEED", ""));
		return value.isBlank() ? System.currentTimeMillis() : Long.parseLong(value.trim());
	}

	public static Duration budget() {
		return Duration.ofSeconds(Long.parseLong(TestServers.env("COOP_FUZZ_SECONDS", "25")));
	}

	/** The operations fuzzed: method and path of each one with a JSON body. */
	public List<String> operations() {
		List<String> found = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document().get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
				if (List.of("POST", "PUT", "PATCH").contains(method) && jsonSchemaOf(operation.getValue()) != null) {
					found.add(method + " " + path.getKey());
				}
			}
		}
		return found;
	}

	/** Runs the cases; answers the findings (empty when the service held). */
	public Result run(long seed, Duration budget) {
		this.random = new Random(seed);
		long deadline = System.nanoTime() + budget.toNanos();
		List<String> operations = operations();
		List<String> findings = new ArrayList<>();
		int sent = 0;
		// rounds over every operation, so that a short budget still reaches each one
		for (int round = 0; System.nanoTime() < deadline && round < 60; round++) {
			for (String operation : operations) {
				if (System.nanoTime() >= deadline) {
					break;
				}
				String method = operation.substring(0, operation.indexOf(' '));
				String path = operation.substring(operation.indexOf(' ') + 1);
				JsonNode schema = resolve(jsonSchemaOf(document().get("paths").get(path).get(method.toLowerCase())));
				String caller = CALLERS.get((round + operations.indexOf(operation)) % CALLERS.size());
				Case hostile = hostileCase(schema);
				String finding = send(method, fill(path), caller, hostile);
				sent++;
				if (finding != null) {
					findings.add(finding);
				}
			}
		}
		return new Result(seed, operations.size(), sent, findings);
	}

	/** What a run did and found. */
	public record Result(long seed, int operations, int requests, List<String> findings) {

		public String summary() {
			return "%d requests on %d operations, seed %d (COOP_FUZZ_SEED=%d reproduces them)".formatted(this.requests,
					this.operations, this.seed, this.seed);
		}

	}

	private record Case(String description, String body, String contentType) {
	}

	private String send(String method, String path, String caller, Case hostile) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", hostile.contentType())
			.header("Accept", "application/json, application/problem+json")
			.method(method, HttpRequest.BodyPublishers.ofString(hostile.body()));
		if (caller != null) {
			request.header("Authorization", "Bearer " + this.tokens.apply(caller));
		}
		String what = "%s %s as %s with %s".formatted(method, path, (caller != null) ? caller : "a visitor",
				hostile.description());
		long before = this.stored.getAsLong();
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return what + ": no answer (" + ex + ")";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		int status = response.statusCode();
		if (status >= 500) {
			return what + ": " + status + " " + excerpt(response.body());
		}
		if (status >= 400) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("application/problem+json")) {
				return what + ": " + status + " as " + type + ", not problem+json";
			}
			JsonNode problem = json.readTree(response.body());
			if (!problem.hasNonNull("type") || !problem.hasNonNull("title")) {
				return what + ": " + status + " without type or title: " + excerpt(response.body());
			}
			long after = this.stored.getAsLong();
			if (after > before) {
				return what + ": refused with " + status + " but the store grew from " + before + " to " + after;
			}
		}
		return null;
	}

	private static String excerpt(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "…" : body;
	}

	private String fill(String path) {
		Matcher matcher = PATH_PARAMETER.matcher(path);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			JsonNode schema = parameterSchema(path, name);
			String value = this.pathValues.apply(name, schema);
			if (value == null) {
				value = switch (schema.path("format").asString("")) {
					case "uuid" -> UUID.randomUUID().toString();
					case "int64", "int32" -> "1";
					default -> schema.path("type").asString("").equals("integer") ? "1" : "x";
				};
			}
			matcher.appendReplacement(filled,
					Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private JsonNode parameterSchema(String path, String name) {
		for (JsonNode operation : document().get("paths").get(path)) {
			for (JsonNode parameter : operation.path("parameters")) {
				if (name.equals(parameter.path("name").asString(""))
						&& "path".equals(parameter.path("in").asString(""))) {
					return resolve(parameter.path("schema"));
				}
			}
		}
		return nodes.objectNode();
	}

	private static JsonNode jsonSchemaOf(JsonNode operation) {
		JsonNode content = operation.path("requestBody").path("content");
		for (Map.Entry<String, JsonNode> type : content.properties()) {
			if (type.getKey().startsWith("application/json")) {
				return type.getValue().path("schema");
			}
		}
		return null;
	}

	private JsonNode document() {
		if (this.document == null) {
			try {
				HttpResponse<String> response = this.http
					.send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/v3/api-docs"))
						.timeout(Duration.ofSeconds(30))
						.build(), HttpResponse.BodyHandlers.ofString());
				this.document = json.readTree(response.body());
			}
			catch (IOException ex) {
				throw new IllegalStateException("no OpenAPI document at " + this.baseUrl, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return this.document;
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int hops = 0; hops < 10 && current != null; hops++) {
			if (current.has("$ref")) {
				String name = current.get("$ref").asString().replace("#/components/schemas/", "");
				current = document().path("components").path("schemas").path(name);
			}
			else if (current.has("allOf")) {
				current = current.get("allOf").get(0);
			}
			else if (current.has("oneOf")) {
				current = current.get("oneOf").get(0);
			}
			else if (current.has("anyOf")) {
				current = current.get("anyOf").get(0);
			}
			else {
				return current;
			}
		}
		return (current != null) ? current : nodes.objectNode();
	}

	/** A plausible value of a schema, the base every hostile case changes. */
	private JsonNode sample(JsonNode raw, int depth) {
		JsonNode schema = resolve(raw);
		String type = schema.path("type").asString("");
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		switch (type) {
			case "object": {
				ObjectNode object = nodes.objectNode();
				if (depth < 6) {
					for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
						object.set(property.getKey(), sample(property.getValue(), depth + 1));
					}
				}
				return object;
			}
			case "array": {
				ArrayNode array = nodes.arrayNode();
				if (depth < 6) {
					array.add(sample(schema.path("items"), depth + 1));
				}
				return array;
			}
			case "integer":
				return nodes.numberNode(schema.path("minimum").asLong(1));
			case "number":
				return nodes.numberNode(1.5);
			case "boolean":
				return nodes.booleanNode(true);
			default:
				return nodes.stringNode(switch (schema.path("format").asString("")) {
					case "date-time" -> "2031-05-06T09:00:00+02:00";
					case "date" -> "2031-05-06";
					case "uuid" -> UUID.randomUUID().toString();
					case "email" -> "fuzz@example.test";
					case "uri" -> "https://example.test/";
					default -> "Texte";
				});
		}
	}

	private static final String[] CONTROL = { "Per\u0000rin", "bip\u0007", "\u001b[31mrouge", "a\u000bb" };

	private static final String[] BROKEN = { "", "{", "[]", "null", "42", "\"texte\"", "{\"a\":}", "{\"a\":1,}",
			"\uFEFF{}", "{\"a\":\"\\ud800\"}" };

	private static final String[] DATES = { "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
			"2026-02-30T10:00:00+01:00", "demain", "2031-05-06", "-000001-01-01T00:00:00Z" };

	private static final String[] NUMBERS = { "9223372036854775808", "-9223372036854775809", "1e308", "-1e308",
			"2147483648", "-2147483649", "0", "-1", "12.7", "9007199254740993", "1e-400" };

	private Case hostileCase(JsonNode schema) {
		int kind = this.random.nextInt(9);
		if (kind == 0) {
			String broken = BROKEN[this.random.nextInt(BROKEN.length)];
			return new Case("the broken JSON " + json.writeValueAsString(broken), broken, "application/json");
		}
		if (kind == 1) {
			return new Case("a text/plain body", "prénom=Marie", "text/plain");
		}
		JsonNode base = sample(schema, 0);
		List<Leaf> leaves = new ArrayList<>();
		collect(base, schema, "", leaves);
		if (leaves.isEmpty()) {
			return new Case("a body nested 3000 deep", "[".repeat(3000) + "]".repeat(3000), "application/json");
		}
		Leaf leaf = leaves.get(this.random.nextInt(leaves.size()));
		String replacement;
		String description;
		switch (kind) {
			case 2 -> {
				replacement = wrongType(leaf.schema());
				description = "a wrong type " + replacement + " for " + leaf.pointer();
			}
			case 3 -> {
				String text = CONTROL[this.random.nextInt(CONTROL.length)];
				replacement = json.writeValueAsString(text);
				description = "a control character in " + leaf.pointer();
			}
			case 4 -> {
				replacement = this.random.nextBoolean() ? json.writeValueAsString("x".repeat(200_000))
						: "[" + "\"x\",".repeat(20_000) + "\"x\"]";
				description = "a huge value for " + leaf.pointer();
			}
			case 5 -> {
				replacement = "[".repeat(3000) + "]".repeat(3000);
				description = "a value nested 3000 deep for " + leaf.pointer();
			}
			case 6 -> {
				replacement = NUMBERS[this.random.nextInt(NUMBERS.length)];
				description = "the number " + replacement + " for " + leaf.pointer();
			}
			case 7 -> {
				replacement = json.writeValueAsString(DATES[this.random.nextInt(DATES.length)]);
				description = "the date " + replacement + " for " + leaf.pointer();
			}
			default -> {
				replacement = "null";
				description = "null for " + leaf.pointer();
			}
		}
		if (leaf.pointer().isEmpty()) {
			return new Case(description, replacement, "application/json");
		}
		String marker = "__fuzz_" + this.random.nextInt(1_000_000) + "__";
		replace(base, leaf.pointer(), marker);
		String body = json.writeValueAsString(base).replace("\"" + marker + "\"", replacement);
		return new Case(description, body, "application/json");
	}

	private String wrongType(JsonNode schema) {
		String type = schema.path("type").asString("string");
		List<String> others = switch (type) {
			case "string" -> List.of("42", "true", "{}", "[\"a\"]", "12.5");
			case "integer" -> List.of("\"12\"", "12.7", "true", "{}", "[1]");
			case "number" -> List.of("\"12.5\"", "true", "{}", "[1]");
			case "boolean" -> List.of("\"true\"", "1", "0", "\"oui\"", "{}");
			case "array" -> List.of("\"a\"", "{}", "1");
			default -> List.of("\"a\"", "[]", "1", "true");
		};
		return others.get(this.random.nextInt(others.size()));
	}

	private record Leaf(String pointer, JsonNode schema) {
	}

	private void collect(JsonNode value, JsonNode rawSchema, String pointer, List<Leaf> leaves) {
		JsonNode schema = resolve(rawSchema);
		if (value instanceof ObjectNode object) {
			if (!pointer.isEmpty()) {
				leaves.add(new Leaf(pointer, schema));
			}
			for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext();) {
				String name = names.next();
				collect(object.get(name), schema.path("properties").path(name), pointer + "/" + name, leaves);
			}
		}
		else if (value instanceof ArrayNode array) {
			leaves.add(new Leaf(pointer, schema));
			if (!array.isEmpty()) {
				collect(array.get(0), schema.path("items"), pointer + "/0", leaves);
			}
		}
		else {
			leaves.add(new Leaf(pointer, schema));
		}
	}

	private static void replace(JsonNode root, String pointer, String marker) {
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = root.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.put(last, marker);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), nodes.stringNode(marker));
		}
	}

}
