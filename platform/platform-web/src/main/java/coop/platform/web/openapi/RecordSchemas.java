package coop.platform.web.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Reads the nullability of each record component as the Java code states it: a component
 * annotated {@code @Nullable} (JSpecify, or any annotation of that name) may be null,
 * every other one never is; a component annotated {@code @JsonInclude(NON_NULL)} is left
 * out of the JSON when null. Nullable components get {@code "null"} among their types;
 * what is left out when null is remembered for {@link ContractCustomizer}, which decides
 * which properties are required.
 */
class RecordSchemas implements ModelConverter {

	/** Schema name → the components left out of the JSON when null. */
	private final Map<String, Set<String>> omittedWhenNull = new ConcurrentHashMap<>();

	/** Schema name → the record it describes. */
	private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

	/** Names given to two records of different shapes. */
	private final Set<String> collisions = ConcurrentHashMap.newKeySet();

	/** The schema objects already completed (a context hands the same one out again). */
	@SuppressWarnings("rawtypes")
	private final Set<Schema> seen = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Schema resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (resolved == null || context == null) {
			return resolved;
		}
		// a model is often answered as a reference to the definition it left in the
		// context
		Schema schema = resolved;
		if (resolved.get$ref() != null) {
			String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
			schema = (context.getDefinedModels() != null) ? context.getDefinedModels().get(name) : null;
			if (schema != null && schema.getName() == null) {
				schema.setName(name);
			}
		}
		if (schema == null) {
			return resolved;
		}
		if (schema.getEnum() != null) {
			labelled(Json.mapper().constructType(type.getType()).getRawClass(), schema);
			return resolved;
		}
		if (schema.getProperties() == null || schema.getName() == null || !this.seen.add(schema)) {
			return resolved;
		}
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (!raw.isRecord()) {
			return resolved;
		}
		Class<?> named = this.classes.putIfAbsent(schema.getName(), raw);
		if (named != null && !named.equals(raw) && !sameShape(named, raw)) {
			// springdoc names a schema after the simple class name: the second record
			// would
			// silently take the first one's place in the document (an exception here
			// would be
			// swallowed, so ContractCustomizer refuses the document)
			this.collisions.add(schema.getName() + " (" + named.getName() + ", " + raw.getName() + ")");
		}
		Map<String, Schema> properties = schema.getProperties();
		List<String> omitted = new ArrayList<>();
		for (RecordComponent component : raw.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			if (omittedWhenNull(component)) {
				omitted.add(component.getName());
			}
			else if (nullable(component)) {
				properties.put(component.getName(), orNull(property));
			}
		}
		this.omittedWhenNull.put(schema.getName(), Set.copyOf(omitted));
		return resolved;
	}

	/**
	 * The French label of each value of an enum that has a {@code label()} method, as
	 * {@code x-labels}: the web UI generates its label maps from them, so that a form
	 * shows the service's own words before any response exists.
	 */
	@SuppressWarnings("rawtypes")
	private static void labelled(Class<?> raw, Schema schema) {
		if (!raw.isEnum()) {
			return;
		}
		try {
			java.lang.reflect.Method label = raw.getMethod("label");
			Map<String, String> labels = new java.util.LinkedHashMap<>();
			Object[] constants = raw.getEnumConstants();
			List<?> values = schema.getEnum();
			for (int i = 0; i < constants.length; i++) {
				// the wire value (@JsonValue) when the schema lists one per constant
				String value = (values.size() == constants.length) ? String.valueOf(values.get(i))
						: ((Enum<?>) constants[i]).name();
				labels.put(value, (String) label.invoke(constants[i]));
			}
			schema.addExtension("x-labels", labels);
			schema.addExtension("x-enum-name", raw.getSimpleName());
		}
		catch (NoSuchMethodException ex) {
			// an enum without labels: its values are codes only
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read the labels of " + raw.getName(), ex);
		}
	}

	/**
	 * Schema names that two records of different shapes were given (each should be
	 * renamed).
	 */
	Set<String> collisions() {
		return Set.copyOf(this.collisions);
	}

	/** Two records with the same components (names and types) describe the same JSON. */
	private static boolean sameShape(Class<?> a, Class<?> b) {
		if (!a.isRecord() || !b.isRecord()) {
			return false;
		}
		RecordComponent[] x = a.getRecordComponents();
		RecordComponent[] y = b.getRecordComponents();
		if (x.length != y.length) {
			return false;
		}
		for (int i = 0; i < x.length; i++) {
			if (!x[i].getName().equals(y[i].getName()) || !x[i].getGenericType().equals(y[i].getGenericType())) {
				return false;
			}
		}
		return true;
	}

	/** Whether the schema of that name is a record's. */
	boolean isRecord(String schemaName) {
		return this.omittedWhenNull.containsKey(schemaName);
	}

	Set<String> omittedWhenNull(String schemaName) {
		return this.omittedWhenNull.getOrDefault(schemaName, Set.of());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema orNull(Schema property) {
		if (property.get$ref() != null || property.getTypes() == null) {
			return new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null"))));
		}
		property.addType("null");
		return property;
	}

	private static boolean nullable(RecordComponent component) {
		return named(component.getAnnotatedType().getAnnotations(), "Nullable")
				|| named(component.getAnnotations(), "Nullable") || named(accessor(component), "Nullable");
	}

	private static boolean omittedWhenNull(RecordComponent component) {
		for (AnnotatedElement element : List.<AnnotatedElement>of(component, component.getAccessor())) {
			JsonInclude include = element.getAnnotation(JsonInclude.class);
			if (include != null && include.value() != JsonInclude.Include.ALWAYS) {
				return true;
			}
		}
		return false;
	}

	private static Annotation[] accessor(RecordComponent component) {
		return component.getAccessor().getAnnotatedReturnType().getAnnotations();
	}

	private static boolean named(Annotation[] annotations, String simpleName) {
		for (Annotation annotation : annotations) {
			if (annotation.annotationType().getSimpleName().equals(simpleName)) {
				return true;
			}
		}
		return false;
	}

}
