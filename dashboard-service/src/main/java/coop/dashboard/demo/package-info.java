/**
 * Demo activity figures for the demo entrepreneurs, loaded once when
 * {@code coop.demo-data} is on.
 */
package coop.dashboard.demo;
