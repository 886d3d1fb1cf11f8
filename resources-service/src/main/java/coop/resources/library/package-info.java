/**
 * The resource centre: training modules, exercises, documentation, selected sites,
 * templates and multimedia, written by the people of the cooperative and validated by
 * coaches through the one moderation model; each found by those allowed to see it.
 */
package coop.resources.library;
