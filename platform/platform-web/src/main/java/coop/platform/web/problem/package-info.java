/**
 * RFC 9457 problem details: stable {@code type} URIs for programs, French {@code detail}
 * for people.
 */
package coop.platform.web.problem;
