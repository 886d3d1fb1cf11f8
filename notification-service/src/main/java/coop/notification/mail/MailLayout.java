package coop.notification.mail;

import coop.platform.messaging.cooperative.Cooperative;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML frame of every e-mail, in the cooperative's colours (white, greys and the
 * brand colours of its settings), with inline styles because mail clients ignore style
 * sheets. A letter is written before it is sent: its links and button carry markers that
 * {@link #page} turns into the colours of the settings at sending time (a marker starts
 * with {@code <}, which escaped text never holds).
 */
public final class MailLayout {

	private static final String PRIMARY = "<!--primary-->";

	private static final String ACCENT = "<!--accent-->";

	private static final String FOOTER = "<!-- footer -->";

	private MailLayout() {
	}

	/** Escapes text for HTML and keeps its line breaks. */
	public static String text(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8").replace("\n", "<br>");
	}

	public static String link(String url, String label) {
		return "<a href=\"" + HtmlUtils.htmlEscape(url, "UTF-8") + "\" style=\"color:" + PRIMARY + "\">" + text(label)
				+ "</a>";
	}

	public static String button(String url, String label) {
		return "<a href=\"" + HtmlUtils.htmlEscape(url, "UTF-8") + "\" style=\"display:inline-block;background:"
				+ ACCENT + ";color:#ffffff;padding:10px 18px;"
				+ "border-radius:4px;text-decoration:none;font-weight:bold\">" + text(label) + "</a>";
	}

	/**
	 * A page with a small paragraph at its foot, above the cooperative's address.
	 * @param footer HTML already escaped
	 */
	static String withFooter(String page, String footer) {
		return page.replace(FOOTER, "<p style=\"margin-top:32px;font-size:12px;color:#5c636a\">" + footer + "</p>")
			.replace(PRIMARY, "#5c636a");
	}

	/**
	 * The whole page: the cooperative's logo or name on top, the body, its name, legal
	 * form and address at the foot.
	 * @param body HTML already escaped, with the colour markers of {@link #link} and
	 * {@link #button}
	 */
	static String page(Cooperative cooperative, String title, String body) {
		String header = (cooperative.logoUrl() != null)
				? "<p style=\"margin:0 0 16px\"><img src=\"" + HtmlUtils.htmlEscape(cooperative.logoUrl(), "UTF-8")
						+ "\" alt=\"" + HtmlUtils.htmlEscape(cooperative.name(), "UTF-8") + "\" height=\"48\"></p>"
				: "<p style=\"margin:0 0 16px;font-size:20px;font-weight:bold;color:" + PRIMARY + "\">"
						+ text(cooperative.name()) + "</p>";
		return """
				<!DOCTYPE html>
				<html lang="fr"><head><meta charset="utf-8"><title>%s</title></head>
				<body style="margin:0;background:#f2f4f5;font-family:Arial,Helvetica,sans-serif;color:#262b30">
				<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
				%s
				%s
				<!-- footer -->
				<p style="margin-top:32px;font-size:12px;color:#5c636a">%s</p>
				</div></body></html>
				""".formatted(text(title), header, body, text(cooperative.footer()))
			.replace(PRIMARY, cooperative.primaryColour())
			.replace(ACCENT, cooperative.accentColour());
	}

}
