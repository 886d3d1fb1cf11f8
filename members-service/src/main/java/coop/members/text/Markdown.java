package coop.members.text;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The Markdown people write in their showcase, rendered to HTML the site can show as it
 * is: commonmark with raw HTML escaped and unsafe link addresses dropped, then an
 * allow-list sanitiser (jsoup) keeping only text formatting, lists, quotes, headings and
 * http(s)/mailto links, which open with {@code rel="nofollow noopener"}. Two independent
 * layers: a gap in one is closed by the other.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final Safelist ALLOWED = Safelist.none()
		.addTags("p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "h3", "h4", "hr", "code", "pre")
		.addTags("a")
		.addAttributes("a", "href")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private Markdown() {
	}

	/**
	 * Safe HTML for the page. Headings are brought down to {@code h3}/{@code h4}: the
	 * page has its own {@code h1} and {@code h2}.
	 */
	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node document = PARSER.parse(markdown);
		String html = HTML.render(document).replaceAll("<(/?)h[3-6]>", "<$1h4>").replaceAll("<(/?)h[12]>", "<$1h3>");
		Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
		return Jsoup.clean(html, "", ALLOWED, output);
	}

	/** The text without its marks, for search engines' index and descriptions. */
	public static String toPlainText(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return TEXT.render(PARSER.parse(markdown)).strip();
	}

}
