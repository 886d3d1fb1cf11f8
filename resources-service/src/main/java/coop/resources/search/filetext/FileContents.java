package coop.resources.search.filetext;

import java.io.IOException;
import java.io.InputStream;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads stored files from GridFS, streamed (never held whole in memory here).
 */
@Component
class FileContents {

	private final GridFsTemplate gridFs;

	FileContents(GridFsTemplate gridFs) {
		this.gridFs = gridFs;
	}

	/** The file, or {@code null} when it no longer exists. */
	Stored find(String fileId) {
		if (!ObjectId.isValid(fileId)) {
			return null;
		}
		GridFSFile file = this.gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
		return (file != null) ? new Stored(file, this.gridFs) : null;
	}

	static final class Stored {

		private final GridFSFile file;

		private final GridFsTemplate gridFs;

		Stored(GridFSFile file, GridFsTemplate gridFs) {
			this.file = file;
			this.gridFs = gridFs;
		}

		long length() {
			return this.file.getLength();
		}

		InputStream open() throws IOException {
			return this.gridFs.getResource(this.file).getInputStream();
		}

	}

}
