package coop.notification.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.notification.mail.MailKind;
import coop.notification.mail.Letter;
import coop.notification.mail.OutgoingMail;
import coop.platform.contracts.resources.AnswerAccepted;
import coop.platform.contracts.resources.Participant;
import coop.platform.contracts.resources.QuestionAnswered;

import org.springframework.stereotype.Component;

/**
 * « Nouvelle réponse à votre question » to the asker; « Réponse acceptée » to each
 * follower (« Votre réponse a été acceptée » to its author).
 */
@Component
class QuestionMails {

	private static final String UNFOLLOW = "Vous recevez ce message parce que vous suivez cette question. Pour ne plus "
			+ "en recevoir, choisissez « Ne plus suivre » sur sa page.";

	List<OutgoingMail> answered(QuestionAnswered answered) {
		Participant asker = answered.asker();
		if (asker == null || asker.email() == null || asker.email().isBlank()) {
			return List.of();
		}
		String who = answered.byCoach() ? answered.answeredBy() + ", de l'équipe d'accompagnement de la coopérative,"
				: answered.answeredBy();
		return List.of(letterTo(asker).paragraph(who + " a répondu à votre question « " + answered.title() + " » :")
			.paragraph("« " + answered.excerpt() + " »")
			.button("Voir la réponse", answered.questionUrl())
			.paragraph("Si une réponse résout votre question, acceptez-la : les personnes qui la suivent en seront "
					+ "prévenues et elle apparaîtra en premier.")
			.mail(MailKind.QUESTION_ANSWERED, asker.email(), "Nouvelle réponse à votre question : " + answered.title(),
					List.of()));
	}

	List<OutgoingMail> accepted(AnswerAccepted accepted) {
		if (accepted.followers() == null) {
			return List.of();
		}
		// one e-mail per address, whoever appears twice
		Map<String, Participant> recipients = new LinkedHashMap<>();
		for (Participant follower : accepted.followers()) {
			if (follower != null && follower.email() != null && !follower.email().isBlank()) {
				recipients.putIfAbsent(follower.email().toLowerCase(java.util.Locale.ROOT), follower);
			}
		}
		List<OutgoingMail> mails = new ArrayList<>();
		for (Participant follower : recipients.values()) {
			boolean theirs = follower.subject() != null && follower.subject().equals(accepted.answerAuthor());
			String what = theirs ? "votre réponse" : "la réponse de " + accepted.answeredBy();
			mails.add(letterTo(follower)
				.paragraph(
						accepted.acceptedBy() + " a accepté " + what + " à la question « " + accepted.title() + " » :")
				.paragraph("« " + accepted.excerpt() + " »")
				.button("Voir la question", accepted.questionUrl())
				.paragraph(UNFOLLOW)
				.mail(MailKind.ANSWER_ACCEPTED, follower.email(),
						(theirs ? "Votre réponse a été acceptée : " : "Réponse acceptée : ") + accepted.title(),
						List.of()));
		}
		return mails;
	}

	private static Letter letterTo(Participant person) {
		return (person.firstName() != null && !person.firstName().isBlank()) ? Letter.to(person.firstName())
				: Letter.toTeam();
	}

}
