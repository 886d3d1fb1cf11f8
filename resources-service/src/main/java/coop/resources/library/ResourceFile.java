package coop.resources.library;

import java.time.Instant;

/**
 * A file of a resource, stored in GridFS by the platform's checked uploads.
 *
 * @param id its GridFS id
 * @param name the sanitised name, with the extension of its real type
 * @param mediaType the type detected from its bytes
 * @param thumbnailId the GridFS id of its thumbnail (an image, a PDF's first page), or
 * {@code null}
 */
public record ResourceFile(String id, String name, String mediaType, long size, String thumbnailId,
		Instant uploadedAt) {

}
