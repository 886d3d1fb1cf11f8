package coop.resources.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The Markdown people write in the centre: checked when saved (a script, a frame, an
 * event handler or a {@code javascript:} link is refused with a reason, not silently
 * dropped), and turned into sanitised HTML when shown (commonmark, then jsoup's
 * allow-list; raw HTML is shown as text).
 */
public final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final Safelist SAFELIST = Safelist.relaxed()
		.addProtocols("a", "href", "http", "https", "mailto")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	/**
	 * The same allow-list keeping links within the site ({@code /agenda},
	 * {@code #statut}): the presentation pages lead to the site's own pages.
	 */
	private static final Safelist SITE_SAFELIST = new Safelist(SAFELIST).preserveRelativeLinks(true);

	/** Resolves the site's own links while they are checked; they stay as written. */
	private static final String SITE_BASE = "https://site.invalid/";

	private static final Pattern DANGEROUS_HTML = Pattern.compile(
			"<\\s*/?\\s*(script|iframe|frame|frameset|object|embed|applet|style|link|meta|base|form|svg|math)\\b"
					+ "|\\bon[a-z]+\\s*=|javascript\\s*:|vbscript\\s*:|data\\s*:\\s*text/html",
			Pattern.CASE_INSENSITIVE);

	private Markdown() {
	}

	/**
	 * Why this Markdown cannot be kept, in French, or empty when it can.
	 */
	public static Optional<String> problem(String source) {
		if (source == null || source.isEmpty()) {
			return Optional.empty();
		}
		Problems found = new Problems();
		PARSER.parse(source).accept(found);
		return Optional.ofNullable(found.message);
	}

	/** Sanitised HTML for the page. */
	public static String html(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		String rendered = RENDERER.render(PARSER.parse(source));
		return Jsoup.clean(rendered, "", SAFELIST, new Document.OutputSettings().prettyPrint(false));
	}

	/**
	 * Sanitised HTML as {@link #html(String)}, links to the site's own pages kept as
	 * written (the presentation pages).
	 */
	public static String htmlWithSiteLinks(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		String rendered = RENDERER.render(PARSER.parse(source));
		return Jsoup.clean(rendered, SITE_BASE, SITE_SAFELIST, new Document.OutputSettings().prettyPrint(false));
	}

	/** Whether a link's address is one a page may lead to. */
	static boolean safeDestination(String destination) {
		String compact = destination.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
		int colon = compact.indexOf(':');
		int slash = compact.indexOf('/');
		if (colon < 0 || (slash >= 0 && slash < colon) || compact.indexOf('?') >= 0 && compact.indexOf('?') < colon
				|| compact.indexOf('#') >= 0 && compact.indexOf('#') < colon) {
			return true;
		}
		String scheme = compact.substring(0, colon);
		return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
	}

	private static final class Problems extends AbstractVisitor {

		private String message;

		@Override
		public void visit(Link link) {
			destination(link.getDestination());
			visitChildren(link);
		}

		@Override
		public void visit(Image image) {
			destination(image.getDestination());
			visitChildren(image);
		}

		@Override
		public void visit(HtmlBlock html) {
			html(html.getLiteral());
		}

		@Override
		public void visit(HtmlInline html) {
			html(html.getLiteral());
		}

		private void destination(String destination) {
			if (this.message == null && destination != null && !safeDestination(destination)) {
				this.message = "Un lien mène vers « " + destination.strip().split(":", 2)[0]
						+ ": » : seuls les liens http, https et mailto sont acceptés.";
			}
		}

		private void html(String literal) {
			if (this.message == null && literal != null && DANGEROUS_HTML.matcher(literal).find()) {
				this.message = "Le texte contient du code HTML interdit (script, cadre, formulaire ou attribut "
						+ "« on… ») : retirez-le.";
			}
		}

	}

}
