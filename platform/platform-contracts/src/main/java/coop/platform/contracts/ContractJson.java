package coop.platform.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of the wire format, so that publishers, consumers and
 * wire-format tests agree. Readers are lenient: a consumer ignores fields it does not
 * know, and reads a value of an enumeration it does not know as {@code null}, which lets
 * a publisher add fields and values without breaking anyone.
 */
public final class ContractJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
		.disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private ContractJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

}
