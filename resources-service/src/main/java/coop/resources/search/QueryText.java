package coop.resources.search;

import java.util.regex.Pattern;

/**
 * What people type, made safe for edismax: control and formatting characters go, Solr's
 * operators and local parameters ({@code {!…}}, {@code field:value}, brackets, wildcards,
 * boosts) become spaces, and quotes stay only when they pair up (a phrase). Accents,
 * apostrophes and hyphens inside words are kept: the French analysis needs them. The
 * access filter is a separate {@code fq}, so nothing typed here can widen it; this keeps
 * odd input from becoming an error or an expensive query.
 */
final class QueryText {

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");

	private static final Pattern OPERATORS = Pattern.compile("[{}\\[\\]()<>:^~*?\\\\/!|&=+]");

	/** A minus or plus opening a word would mean "without" / "must". */
	private static final Pattern LEADING_SIGN = Pattern.compile("(^|\\s)[-+]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private QueryText() {
	}

	static String clean(String raw) {
		if (raw == null) {
			return "";
		}
		String text = INVISIBLE.matcher(raw).replaceAll(" ");
		text = OPERATORS.matcher(text).replaceAll(" ");
		text = LEADING_SIGN.matcher(text).replaceAll("$1");
		if (text.chars().filter((c) -> c == '"').count() % 2 != 0) {
			text = text.replace('"', ' ');
		}
		text = text.replace("\"\"", " ");
		return SPACES.matcher(text).replaceAll(" ").strip();
	}

}
