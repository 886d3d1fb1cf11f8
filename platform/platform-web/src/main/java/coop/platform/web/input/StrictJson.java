package coop.platform.web.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

/**
 * JSON input is read as typed: no number where a text is expected, no {@code 12.7} for an
 * integer, no {@code "true"} for a boolean, no number for an enum or a date (each a 400
 * on its field), and dates only within {@link DateWindow}. Applied once to the service's
 * {@code JsonMapper}, so every request body of every service follows it.
 */
public class StrictJson implements JsonMapperBuilderCustomizer {

	@Override
	public void customize(JsonMapper.Builder builder) {
		builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.withCoercionConfig(LogicalType.Textual,
					(config) -> fail(config, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer,
					(config) -> fail(config, CoercionInputShape.Float, CoercionInputShape.String,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float,
					(config) -> fail(config, CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean,
					(config) -> fail(config, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.String))
			.withCoercionConfig(LogicalType.DateTime,
					(config) -> fail(config, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Enum,
					(config) -> fail(config, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.Boolean))
			.addModule(new SimpleModule("coop-date-window").setDeserializerModifier(new DateWindowModifier()));
	}

	private static void fail(tools.jackson.databind.cfg.MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

	/** Wraps the deserializers of dates, so that each value read is checked. */
	static class DateWindowModifier extends ValueDeserializerModifier {

		private static final long serialVersionUID = 1L;

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
				BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
			return DateWindow.handles(description.getBeanClass()) ? new WindowedDate(deserializer) : deserializer;
		}

	}

	static class WindowedDate extends DelegatingDeserializer {

		WindowedDate(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new WindowedDate(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			if (value != null && !DateWindow.contains(value)) {
				throw new RejectedValue(parser, DateWindow.MESSAGE);
			}
			return value;
		}

	}

}
