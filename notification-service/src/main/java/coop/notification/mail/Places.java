package coop.notification.mail;

import coop.platform.contracts.events.AgendaEventSnapshot;

/**
 * Where something takes place, as one line, and the « Où : » line of an e-mail.
 */
public final class Places {

	private Places() {
	}

	/** The online link of the event, or its place and postal address. */
	public static String line(AgendaEventSnapshot event) {
		if (event.onlineUrl() != null) {
			return event.onlineUrl();
		}
		return (event.placeAddress() != null) ? event.placeLabel() + ", " + event.placeAddress() : event.placeLabel();
	}

	/**
	 * « Où : … », or « En ligne : … » for a link; {@code null} when there is no place.
	 */
	public static String where(String line) {
		if (line == null || line.isBlank()) {
			return null;
		}
		boolean online = line.startsWith("https://") || line.startsWith("http://");
		return (online ? "En ligne : " : "Où : ") + line;
	}

}
