/**
 * The resource centre: training contents, documents, templates and selected links, each
 * searchable by those allowed to see it.
 */
package coop.resources.library;
