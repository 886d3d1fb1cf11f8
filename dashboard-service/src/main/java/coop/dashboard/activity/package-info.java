/**
 * An entrepreneur's own dashboard: monthly revenue, expenses, hours and the objectives of
 * their agreement.
 */
package coop.dashboard.activity;
