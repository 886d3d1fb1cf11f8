/**
 * The questions-and-answers space: members ask, answer and comment; the asker or a coach
 * accepts an answer; coaches' answers are marked; upvotes; the asker is e-mailed when
 * someone answers and followers when an answer is accepted (messages to
 * notification-service); a coaches-only space; coaches and staff hide an off-topic post
 * with a reason (platform-moderation, moderated after publication); every question is
 * searchable with its answers (an {@code IndexSource} of kind {@code QUESTION}).
 */
package coop.resources.questions;
