/**
 * The e-mails of the personal file: a document the entrepreneur and their coach put in
 * it, told to the other party.
 */
package coop.notification.file;
