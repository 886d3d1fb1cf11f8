/**
 * Text people write: Markdown checked when saved and sanitised when shown.
 */
package coop.resources.text;
