/**
 * The e-mails of showcases: a version to review for the entrepreneur's coach, the
 * decision for the entrepreneur, and a visitor's message written through a showcase.
 */
package coop.notification.showcase;
