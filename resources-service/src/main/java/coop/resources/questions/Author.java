package coop.resources.questions;

import coop.platform.contracts.resources.Participant;
import coop.platform.moderation.Actor;
import coop.platform.web.security.CurrentUser;

/**
 * Who wrote a post, as it was when they wrote it (the e-mail is for the messages they get
 * about it, never shown).
 */
record Author(String subject, String name, String firstName, String lastName, String email, AuthorRole role) {

	static Author of(CurrentUser user) {
		String name = (user.name() != null && !user.name().isBlank()) ? user.name() : user.username();
		return new Author(user.subject(), name, user.givenName(), user.familyName(), user.email(), AuthorRole.of(user));
	}

	Actor actor() {
		return new Actor(this.subject, this.name);
	}

	Participant participant() {
		return new Participant(this.subject, this.firstName, this.lastName, this.email);
	}

}
