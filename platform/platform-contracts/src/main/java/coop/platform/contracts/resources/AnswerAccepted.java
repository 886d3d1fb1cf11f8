package coop.platform.contracts.resources;

import java.util.List;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * An answer was accepted as the one that solves the question: the people who follow the
 * question are told (the asker, those who answered or chose to follow it), but not who
 * accepted it.
 *
 * @param questionUrl the question's page, at the accepted answer
 * @param acceptedBy the name of who accepted it (the asker or a coach)
 * @param answeredBy the name of the answer's author
 * @param answerAuthor the subject of the answer's author (their e-mail says « votre
 * réponse »)
 * @param excerpt the beginning of the answer, plain text, at most 300 characters
 * @param followers who to tell, each once
 */
@EventType("resources.answer.accepted")
public record AnswerAccepted(String questionId, String answerId, String title, String questionUrl, String acceptedBy,
		String answeredBy, String answerAuthor, String excerpt,
		List<Participant> followers) implements IntegrationEvent {
}
