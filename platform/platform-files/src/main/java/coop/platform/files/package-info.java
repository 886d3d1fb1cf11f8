/**
 * Checked uploads into GridFS (size enforced while streaming, real type from the bytes,
 * archives opened with limits, nothing left behind when refused), streamed downloads with
 * ranges, and thumbnails.
 */
package coop.platform.files;
