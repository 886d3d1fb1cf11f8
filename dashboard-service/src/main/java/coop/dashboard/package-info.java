/**
 * dashboard-service: entrepreneurs' activity figures and objectives, cooperative-wide
 * anonymous figures; PostgreSQL, consumes events-service's messages.
 */
package coop.dashboard;
