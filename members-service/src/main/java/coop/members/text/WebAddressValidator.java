package coop.members.text;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class WebAddressValidator implements ConstraintValidator<WebAddress, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || isWebAddress(value);
	}

	static boolean isWebAddress(String value) {
		if (value.length() > 500 || !value.strip().equals(value) || value.chars().anyMatch(Character::isISOControl)) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return scheme != null && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
					&& uri.getHost() != null && !uri.getHost().isBlank() && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
