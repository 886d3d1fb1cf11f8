package coop.members.text;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PlainTextValidator implements ConstraintValidator<PlainText, String> {

	// "<b>", "</p>", "<!--", "<?php": a tag opener; "a < b" or "<3" stay plain text
	private static final Pattern TAG = Pattern.compile("<\\s*[/!?]?\\s*[a-zA-Z]");

	private static final Pattern SCRIPT_URL = Pattern.compile("(?i)(java|vb)script\\s*:|data\\s*:\\s*text/html");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || isPlain(value);
	}

	static boolean isPlain(String value) {
		return !TAG.matcher(value).find() && !SCRIPT_URL.matcher(value).find() && !CONTROL.matcher(value).find();
	}

}
