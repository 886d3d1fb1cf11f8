/**
 * Referrals: the path of each person a prescriber registered (information meeting, first
 * interview, CAPE, CESA), from this service's registrations and its copy of the personal
 * files' dates; the outcomes told to the prescriber are {@code registration}'s
 * {@code ReferralOutcomes}.
 */
package coop.events.referral;
