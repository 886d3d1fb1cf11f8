package coop.platform.web.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import coop.platform.web.problem.FieldProblem;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON request body with a control character in any of its texts (values and
 * names, at any depth), naming each field: 400 {@code validation} before the service
 * reads it. Bodies that are not JSON, or not valid JSON, go on to the usual reader, which
 * explains what is wrong with them.
 */
@ControllerAdvice
public class ControlCharactersInBodies extends RequestBodyAdviceAdapter {

	private final JsonMapper json;

	public ControlCharactersInBodies(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		MediaType type = input.getHeaders().getContentType();
		if (type == null
				|| !(type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json"))) {
			return input;
		}
		byte[] body = input.getBody().readAllBytes();
		List<FieldProblem> errors = new ArrayList<>();
		try {
			collect(this.json.readTree(body), "", errors);
		}
		catch (JacksonException ex) {
			// not JSON: the converter says so in its own words
		}
		if (!errors.isEmpty()) {
			throw new ProblemException(ProblemType.VALIDATION, "Certaines informations sont à corriger.", errors);
		}
		return new HttpInputMessage() {
			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return input.getHeaders();
			}
		};
	}

	private static void collect(JsonNode node, String path, List<FieldProblem> errors) {
		if (node == null) {
			return;
		}
		if (node.isString()) {
			if (ControlCharacters.in(node.stringValue())) {
				errors.add(new FieldProblem(path, ControlCharacters.MESSAGE));
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(node.get(i), join(path, String.valueOf(i)), errors);
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String name = property.getKey();
				if (ControlCharacters.in(name)) {
					errors.add(new FieldProblem(path, ControlCharacters.MESSAGE));
				}
				else {
					collect(property.getValue(), join(path, name), errors);
				}
			}
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
