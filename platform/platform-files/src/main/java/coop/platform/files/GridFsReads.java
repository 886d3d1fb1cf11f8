package coop.platform.files;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import org.bson.types.ObjectId;

/**
 * How every stored file is read: chunk by chunk in small batches. Left to the driver's
 * default, the first batch asks for 101 chunks (25 MB) at once, so each download held up
 * to a server reply of 16 MB, and a server that does not cap its replies (the local
 * stand-in) sent a 50 MB file in one message the driver refuses.
 */
public final class GridFsReads {

	/** Chunks per batch: 8 × 255 kB, about 2 MB held per download. */
	static final int BATCH = 8;

	private GridFsReads() {
	}

	public static GridFSDownloadStream open(GridFSBucket bucket, ObjectId id) {
		return bucket.openDownloadStream(id).batchSize(BATCH);
	}

}
