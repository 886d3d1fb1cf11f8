/**
 * Coaches' portfolios sorted by alerts, and the alert thresholds staff set.
 */
package coop.dashboard.portfolio;
