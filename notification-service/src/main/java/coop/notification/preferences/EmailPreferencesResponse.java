package coop.notification.preferences;

import java.util.List;

import coop.notification.mail.MailTopic;

/**
 * What a person receives.
 *
 * @param address the address, partly hidden when read through a link (a forwarded mail
 * must not give it away)
 * @param topics every kind of non-essential e-mail, in the order to show
 * @param essential what is always sent, in French
 */
record EmailPreferencesResponse(String address, List<Topic> topics, String essential) {

	static final String ESSENTIAL = "Les confirmations, annulations et changements d'horaire de vos inscriptions "
			+ "et rendez-vous, et les réponses à vos démarches, vous sont toujours envoyés.";

	/**
	 * @param label and {@code description}: the words to show, in French
	 * @param received whether the person receives it
	 */
	record Topic(MailTopic topic, String label, String description, boolean received) {
	}

}
