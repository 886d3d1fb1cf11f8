package coop.events.consent;

/**
 * What a person consents to, and the words they read: the one source of the texts every
 * form that asks for consent shows (registrations here; the contact form and showcase
 * messages, whose services keep the version the visitor agreed to). Changing a text here
 * makes a new version at the next start ({@link ConsentVersions}); registrations keep the
 * version they were given with. The texts say « la coopérative »: the page around the
 * form names it from the settings, and a renamed cooperative does not change what people
 * agreed to.
 */
public enum ConsentPurpose {

	PUBLIC_REGISTRATION("Inscription à une réunion d'information",
			"J'accepte que la coopérative traite ces informations pour gérer mon inscription.",
			"Vos données servent uniquement à organiser cette réunion et à vous recontacter au sujet de votre projet. "
					+ "Elles sont réservées à l'équipe de la coopérative et ne sont jamais cédées. Vous pouvez y accéder, "
					+ "les rectifier ou les faire effacer en écrivant à l'adresse de contact de la coopérative."),

	PRESCRIBED_REGISTRATION("Inscription par une structure d'accompagnement",
			"La personne a donné son accord pour que je l'inscrive et pour que la coopérative traite "
					+ "ces informations afin d'organiser la réunion et de la recontacter au sujet de son projet.",
			"La personne reçoit un e-mail de confirmation avec les informations pratiques et un lien pour annuler. "
					+ "Elle peut accéder à ses données, les rectifier ou les faire effacer en écrivant à l'adresse de "
					+ "contact de la coopérative."),

	/**
	 * The site's contact form (notification-service keeps the version with the message).
	 */
	CONTACT_MESSAGE("Message par le formulaire de contact",
			"J'accepte que la coopérative conserve ce message pour me répondre.",
			"Votre message est lu par l'équipe permanente de la coopérative et n'est jamais cédé. Il est effacé au "
					+ "terme de la durée de conservation des messages de contact. Vous pouvez demander son effacement "
					+ "à tout moment en écrivant à l'adresse de contact de la coopérative."),

	/**
	 * A visitor's message to an entrepreneur through their showcase (members-service
	 * keeps the version with its trace of the message).
	 */
	SHOWCASE_MESSAGE("Message à un entrepreneur par sa vitrine",
			"J'accepte que mon nom, mon adresse e-mail et mon message soient transmis à l'entrepreneur de cette "
					+ "vitrine pour qu'il me réponde.",
			"La coopérative transmet votre message par e-mail à l'entrepreneur sans en garder le texte ; seule la "
					+ "trace de l'envoi est conservée, pour limiter les abus.");

	private final String label;

	private final String statement;

	private final String notice;

	ConsentPurpose(String label, String statement, String notice) {
		this.label = label;
		this.statement = statement;
		this.notice = notice;
	}

	/** What the consent is given for, in French. */
	public String label() {
		return this.label;
	}

	/** The sentence of the checkbox, what the person agrees to. */
	public String statement() {
		return this.statement;
	}

	/** The paragraph under it: what is done with the data, and the person's rights. */
	public String notice() {
		return this.notice;
	}

}
