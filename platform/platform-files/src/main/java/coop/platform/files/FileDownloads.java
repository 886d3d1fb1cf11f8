package coop.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way to send a stored file: streamed from GridFS with its detected
 * {@code Content-Type}, a {@code Content-Disposition} carrying its name,
 * {@code X-Content-Type-Options: nosniff}, and {@code Range} support (206) so that video
 * and audio can seek. Whether the caller may see the file is the service's check, before
 * this.
 */
public class FileDownloads {

	private final CheckedUploads uploads;

	private final GridFSBucket bucket;

	public FileDownloads(CheckedUploads uploads, GridFSBucket bucket) {
		this.uploads = uploads;
		this.bucket = bucket;
	}

	/**
	 * @param inline shown in the page (PDF, image, audio, video) rather than saved; other
	 * types are always attachments
	 */
	public ResponseEntity<Resource> send(String id, boolean inline) {
		GridFSFile file = this.uploads.find(id);
		String mediaType = CheckedUploads.mediaType(file);
		boolean shown = inline && showable(mediaType);
		ContentDisposition disposition = (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.getFilename(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.cacheControl(CacheControl.maxAge(0, TimeUnit.SECONDS).cachePrivate().mustRevalidate())
			.eTag(file.getObjectId().toHexString())
			.body(new GridFsFileResource(this.bucket, file));
	}

	static boolean showable(String mediaType) {
		return mediaType.equals(FilePolicy.PDF) || mediaType.startsWith("image/") || mediaType.startsWith("audio/")
				|| mediaType.startsWith("video/") || mediaType.equals("application/ogg");
	}

}
