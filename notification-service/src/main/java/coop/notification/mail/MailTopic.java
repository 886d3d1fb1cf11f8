package coop.notification.mail;

/**
 * The kinds of non-essential e-mail a person may stop receiving, with the words the
 * preferences page shows. Which mail belongs to which is said in {@link MailKind}.
 */
public enum MailTopic {

	REMINDERS("Rappels",
			"La veille d'une réunion, d'un atelier ou d'un rendez-vous, et les relectures de ressources que vous avez programmées."),

	NEXT_SESSIONS("Prochaines sessions proposées",
			"Quand vous avez manqué un atelier, la date de sa prochaine session."),

	QUESTIONS("Questions-réponses",
			"Les nouvelles réponses à vos questions et les réponses acceptées aux questions que vous suivez."),

	REFERRALS("Suivi des personnes orientées",
			"Pour les prescripteurs : quand une personne que vous avez inscrite participe à sa réunion d'information, la manque, annule, ou signe son CAPE ou son CESA.");

	private final String label;

	private final String description;

	MailTopic(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

}
