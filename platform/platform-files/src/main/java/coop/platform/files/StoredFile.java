package coop.platform.files;

/**
 * A file that passed every check and sits in GridFS.
 *
 * @param id the GridFS id (hex)
 * @param name the sanitised name, with an extension matching its type
 * @param mediaType the type detected from its bytes
 * @param size its length in bytes
 * @param sha256 hex digest of its bytes
 * @param thumbnailId the GridFS id of its PNG thumbnail, or {@code null} (not an image
 * nor a PDF)
 */
public record StoredFile(String id, String name, String mediaType, long size, String sha256, String thumbnailId) {

}
