/**
 * E-mails of the resource centre: reviewers told when a contribution waits, authors told
 * of the decision, reviewers reminded of a review date.
 */
package coop.notification.resource;
