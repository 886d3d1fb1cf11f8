/**
 * E-mails to prescribers about the people they referred: attended, missed, cancelled,
 * signed their CAPE or CESA (topic « Suivi des personnes orientées »).
 */
package coop.notification.referral;
