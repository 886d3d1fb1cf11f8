/**
 * The report of an accounting import, e-mailed to the staff who keep the books: rows kept
 * aside for an unknown analytical code, or a file refused line by line.
 */
package coop.notification.accounting;
