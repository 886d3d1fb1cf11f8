package coop.platform.contracts.resources;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * Someone answered a question: its asker is told (never when they answered themselves).
 *
 * @param answerId stable id of the answer (one e-mail per answer)
 * @param questionUrl the question's page, at the answer
 * @param answeredBy the name of who answered, as shown on the page
 * @param byCoach the answer is a coach's or the permanent staff's (the page marks it)
 * @param excerpt the beginning of the answer, plain text, at most 300 characters
 */
@EventType("resources.question.answered")
public record QuestionAnswered(String questionId, String answerId, String title, String questionUrl, Participant asker,
		String answeredBy, boolean byCoach, String excerpt) implements IntegrationEvent {
}
