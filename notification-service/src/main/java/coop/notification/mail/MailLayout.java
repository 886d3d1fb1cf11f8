package coop.notification.mail;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML frame of every e-mail, in the charter (white, greys, the teal of the logo),
 * with inline styles because mail clients ignore style sheets.
 */
public final class MailLayout {

	private MailLayout() {
	}

	/** Escapes text for HTML and keeps its line breaks. */
	public static String text(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8").replace("\n", "<br>");
	}

	public static String link(String url, String label) {
		return "<a href=\"" + HtmlUtils.htmlEscape(url, "UTF-8") + "\" style=\"color:#00676b\">" + text(label) + "</a>";
	}

	public static String button(String url, String label) {
		return "<a href=\"" + HtmlUtils.htmlEscape(url, "UTF-8")
				+ "\" style=\"display:inline-block;background:#b5400f;color:#ffffff;padding:10px 18px;"
				+ "border-radius:4px;text-decoration:none;font-weight:bold\">" + text(label) + "</a>";
	}

	private static final String FOOTER = "<!-- footer -->";

	/**
	 * A page with a small paragraph at its foot, above the cooperative's address.
	 * @param footer HTML already escaped
	 */
	static String withFooter(String page, String footer) {
		return page.replace(FOOTER, "<p style=\"margin-top:32px;font-size:12px;color:#5c636a\">" + footer + "</p>");
	}

	/**
	 * @param body HTML already escaped
	 */
	public static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="fr"><head><meta charset="utf-8"><title>%s</title></head>
				<body style="margin:0;background:#f2f4f5;font-family:Arial,Helvetica,sans-serif;color:#262b30">
				<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
				<p style="margin:0 0 16px;font-size:20px;font-weight:bold;color:#00676b">COOP'EMPLOI</p>
				%s
				<!-- footer -->
				<p style="margin-top:32px;font-size:12px;color:#5c636a">COOP'EMPLOI, coopérative d'activités et d'emploi \
				— 1025 ancienne route d'Annecy, 74600 Seynod</p>
				</div></body></html>
				"""
			.formatted(text(title), body);
	}

}
