/**
 * Events published by dashboard-service: accounting imports and changed figures.
 */
package coop.platform.contracts.dashboard;
