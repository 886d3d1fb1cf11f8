package coop.resources.pages;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.platform.messaging.cooperative.Cooperative;
import coop.resources.text.Markdown;
import org.jsoup.Jsoup;

/**
 * A page's words as they show: the one Markdown renderer of the service, then the
 * cooperative's name and addresses where staff wrote {@code {{nom}}},
 * {@code {{nom-court}}}, {@code {{adresse}}}, {@code {{courriel}}},
 * {@code {{forme-juridique}}} or {@code {{identite}}} (the name, legal form and address
 * that are known, separated by commas). They are read from the service's copy of the
 * settings at each rendering, so that a renamed cooperative is named at once on every
 * page and no page holds a name written in advance.
 */
final class PageText {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z-]+)\\s*\\}\\}");

	/** Pages with an address of their own; any other page is read under /cooperative/. */
	static final Map<String, String> OWN_PATHS = Map.of("cooperative", "/cooperative", "mentions-legales",
			"/mentions-legales", "confidentialite", "/confidentialite", "accessibilite", "/accessibilite");

	private PageText() {
	}

	static String pathOf(String slug) {
		return OWN_PATHS.getOrDefault(slug, "/cooperative/" + slug);
	}

	/** Sanitised HTML, the placeholders replaced by escaped values. */
	static String html(String body, Cooperative cooperative) {
		String html = Markdown.htmlWithSiteLinks(body);
		Matcher matcher = PLACEHOLDER.matcher(html);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String replacement;
			if (name.equals("courriel")) {
				String email = cooperative.contactEmail();
				replacement = (email == null || email.isBlank()) ? "l'équipe"
						: "<a href=\"mailto:" + escape(email) + "\">" + escape(email) + "</a>";
			}
			else {
				String value = value(name, cooperative);
				replacement = (value != null) ? escape(value) : escape(matcher.group());
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString().strip();
	}

	/** Plain text (a title, the words the search reads), the placeholders replaced. */
	static String plain(String text, Cooperative cooperative) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = value(matcher.group(1), cooperative);
			matcher.appendReplacement(out, Matcher.quoteReplacement((value != null) ? value : matcher.group()));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** The words of the page's HTML, for the search. */
	static String words(String html) {
		return Jsoup.parse(html).text();
	}

	/**
	 * The value of a placeholder ({@code ""} when the settings do not say it yet), or
	 * {@code null} for a name that is none: it stays as written.
	 */
	private static String value(String name, Cooperative cooperative) {
		return switch (name) {
			case "nom" -> cooperative.name();
			case "nom-court" -> cooperative.shortName();
			case "adresse" -> orEmpty(cooperative.addressLine());
			case "courriel" -> orEmpty(cooperative.contactEmail());
			case "forme-juridique" -> orEmpty(cooperative.legalForm());
			case "identite" ->
				java.util.stream.Stream.of(cooperative.name(), cooperative.legalForm(), cooperative.addressLine())
					.filter((part) -> part != null && !part.isBlank())
					.collect(java.util.stream.Collectors.joining(", "));
			default -> null;
		};
	}

	/** Text in HTML: markup and quotes escaped, apostrophes left as people typed them. */
	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
