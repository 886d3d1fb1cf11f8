/**
 * GDPR requests: a person's export (access and portability) and erasure, run across every
 * service through messages, with the grace period, the archive and its link, and an audit
 * that keeps no personal data.
 */
package coop.members.privacy;
