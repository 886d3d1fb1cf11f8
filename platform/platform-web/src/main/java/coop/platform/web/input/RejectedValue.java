package coop.platform.web.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the platform still refuses; its message is French
 * and is shown on the field (the handler finds the path Jackson adds on the way out).
 */
public class RejectedValue extends MismatchedInputException {

	private static final long serialVersionUID = 1L;

	public RejectedValue(JsonParser parser, String frenchMessage) {
		super(parser, frenchMessage);
	}

	/** The French message alone, without the location Jackson appends. */
	public String frenchMessage() {
		return getOriginalMessage();
	}

}
