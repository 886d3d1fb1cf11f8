package coop.notification.preferences;

import java.util.List;

import coop.notification.mail.MailTopic;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param received the kinds of non-essential e-mail the person wants; the others stop
 */
record EmailPreferencesRequest(@NotNull(message = "Indiquez les e-mails à recevoir.") @Size(max = 20,
		message = "Trop de rubriques.") List<@NotNull(message = "Rubrique inconnue.") MailTopic> received) {
}
