package coop.platform.files;

import java.io.InputStream;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file as a Spring {@code Resource} that can be opened more than once, so that
 * Spring MVC answers {@code Range} requests (206) by skipping chunks, never loading the
 * file.
 */
final class GridFsFileResource extends AbstractResource {

	private final GridFSBucket bucket;

	private final GridFSFile file;

	GridFsFileResource(GridFSBucket bucket, GridFSFile file) {
		this.bucket = bucket;
		this.file = file;
	}

	@Override
	public InputStream getInputStream() {
		return GridFsReads.open(this.bucket, this.file.getObjectId());
	}

	@Override
	public long contentLength() {
		return this.file.getLength();
	}

	@Override
	public long lastModified() {
		return this.file.getUploadDate().getTime();
	}

	@Override
	public String getFilename() {
		return this.file.getFilename();
	}

	@Override
	public String getDescription() {
		return "GridFS file " + this.file.getObjectId().toHexString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof GridFsFileResource that && this.file.getObjectId().equals(that.file.getObjectId());
	}

	@Override
	public int hashCode() {
		return this.file.getObjectId().hashCode();
	}

}
