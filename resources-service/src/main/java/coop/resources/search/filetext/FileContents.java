package coop.resources.search.filetext;

import java.io.IOException;
import java.io.InputStream;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import coop.platform.files.GridFsReads;
import org.bson.types.ObjectId;

import org.springframework.stereotype.Component;

/**
 * Reads stored files from GridFS, streamed in small batches (platform-files'
 * {@link GridFsReads}), never held whole in memory here.
 */
@Component
class FileContents {

	private final GridFSBucket bucket;

	FileContents(GridFSBucket bucket) {
		this.bucket = bucket;
	}

	/** The file, or {@code null} when it no longer exists. */
	Stored find(String fileId) {
		if (!ObjectId.isValid(fileId)) {
			return null;
		}
		GridFSFile file = this.bucket.find(Filters.eq("_id", new ObjectId(fileId))).first();
		return (file != null) ? new Stored(file, this.bucket) : null;
	}

	static final class Stored {

		private final GridFSFile file;

		private final GridFSBucket bucket;

		Stored(GridFSFile file, GridFSBucket bucket) {
			this.file = file;
			this.bucket = bucket;
		}

		long length() {
			return this.file.getLength();
		}

		InputStream open() throws IOException {
			return GridFsReads.open(this.bucket, this.file.getObjectId());
		}

	}

}
