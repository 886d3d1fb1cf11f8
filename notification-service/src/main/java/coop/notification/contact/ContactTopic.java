package coop.notification.contact;

/**
 * What a visitor writes about, as the form offers it; the label heads the team's mail.
 */
public enum ContactTopic {

	INFORMATION("Demande d'information"), PROJECT("Présentation d'un projet"), PARTNERSHIP("Partenariat"),
	PRESCRIBER("Prescripteur"), OTHER("Autre demande");

	private final String label;

	ContactTopic(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
