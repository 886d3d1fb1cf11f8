/**
 * The e-mails of the questions-and-answers space: a new answer to the asker, an accepted
 * answer to the question's followers.
 */
package coop.notification.questions;
