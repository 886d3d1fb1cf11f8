package coop.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document a service serves, against its snapshot
 * {@code web-ui/openapi/<application>.json}, from which the web UI's types and clients
 * are generated. The snapshot is normalised so that diffs read well and stay stable: the
 * {@code servers} entry (the test's random port) is dropped, object keys are sorted,
 * indentation is two spaces as {@code JSON.stringify(doc, null, 2)} writes it.
 * <p>
 * With {@code COOP_OPENAPI_WRITE=true} ({@code ./coop openapi}) the snapshot is written
 * instead of compared.
 */
public final class OpenApiSnapshot {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	private OpenApiSnapshot() {
	}

	/** Where the snapshot of that application lives in the repository. */
	public static Path file(String application) {
		return TestServers.repositoryRoot().resolve("web-ui/openapi/" + application + ".json");
	}

	/**
	 * Compares (or, in write mode, writes) the document served at {@code baseUrl}
	 * {@code /v3/api-docs}.
	 */
	public static void check(String application, String baseUrl) {
		String served = normalise(fetch(baseUrl + "/v3/api-docs"));
		Path snapshot = file(application);
		try {
			if ("true".equals(TestServers.env("COOP_OPENAPI_WRITE", "false"))) {
				Files.createDirectories(snapshot.getParent());
				Files.writeString(snapshot, served, StandardCharsets.UTF_8);
				return;
			}
			String kept = Files.isRegularFile(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : "";
			if (!kept.equals(served)) {
				throw new AssertionError("""
						%s serves an OpenAPI document that differs from its snapshot %s, from which the web UI's \
						types are generated. Run ./coop openapi, then adapt the web UI to the new contract.
						%s""".formatted(application, TestServers.repositoryRoot().relativize(snapshot),
						firstDifference(kept, served)));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read or write " + snapshot, ex);
		}
	}

	static String fetch(String url) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new AssertionError(url + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The document without its servers, keys sorted, as JSON.stringify(doc, null, 2). */
	static String normalise(String document) {
		JsonNode root = json.readTree(document);
		StringBuilder out = new StringBuilder();
		write(root, "", out, true);
		return out.append('\n').toString();
	}

	private static void write(JsonNode node, String indent, StringBuilder out, boolean root) {
		String inner = indent + "  ";
		if (node.isObject()) {
			Map<String, JsonNode> sorted = new TreeMap<>();
			node.properties().forEach((entry) -> {
				if (!(root && entry.getKey().equals("servers"))) {
					sorted.put(entry.getKey(), entry.getValue());
				}
			});
			if (sorted.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append("{\n");
			int left = sorted.size();
			for (Map.Entry<String, JsonNode> entry : sorted.entrySet()) {
				out.append(inner).append(json.writeValueAsString(entry.getKey())).append(": ");
				write(entry.getValue(), inner, out, false);
				out.append((--left > 0) ? ",\n" : "\n");
			}
			out.append(indent).append('}');
		}
		else if (node.isArray()) {
			if (node.isEmpty()) {
				out.append("[]");
				return;
			}
			out.append("[\n");
			for (int i = 0; i < node.size(); i++) {
				out.append(inner);
				write(node.get(i), inner, out, false);
				out.append((i < node.size() - 1) ? ",\n" : "\n");
			}
			out.append(indent).append(']');
		}
		else {
			out.append(json.writeValueAsString(node));
		}
	}

	/** The first lines that differ, with a little context, for the failure message. */
	static String firstDifference(String kept, String served) {
		List<String> a = kept.lines().toList();
		List<String> b = served.lines().toList();
		int line = 0;
		while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
			line++;
		}
		List<String> report = new ArrayList<>();
		report.add("First difference at line " + (line + 1) + ":");
		for (int i = Math.max(0, line - 3); i < Math.min(a.size(), line + 4); i++) {
			report.add("  snapshot " + (i + 1) + ": " + a.get(i));
		}
		for (int i = Math.max(0, line - 3); i < Math.min(b.size(), line + 4); i++) {
			report.add("  served   " + (i + 1) + ": " + b.get(i));
		}
		return String.join("\n", report);
	}

}
