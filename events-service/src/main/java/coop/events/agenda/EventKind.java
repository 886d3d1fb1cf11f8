package coop.events.agenda;

/**
 * Kinds of events in the agenda, with the French label people read.
 */
public enum EventKind {

	INFO_MEETING("Réunion d'information collective"), MONTHLY_MEETING("Réunion mensuelle"), FAIR("Salon ou foire"),
	WORKSHOP("Atelier collectif"), APPOINTMENT("Entretien individuel");

	private final String label;

	EventKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
