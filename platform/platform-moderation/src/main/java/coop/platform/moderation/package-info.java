/**
 * The one moderation model of the platform (resources, showcases): draft, submitted,
 * validated or rejected with a reason, withdrawn and restored, the published version
 * staying live while a newer one waits, every step in an audit trail.
 */
package coop.platform.moderation;
