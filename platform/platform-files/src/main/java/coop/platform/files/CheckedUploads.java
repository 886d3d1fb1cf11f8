package coop.platform.files;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import coop.platform.web.problem.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The one way to accept a file: streamed into GridFS while its size is counted against
 * the limit of its detected type, then checked inside; refused files (too large, wrong
 * type, empty, corrupted, encrypted, archive, cancelled on the way) leave no chunk
 * behind.
 * <p>
 * A file's GridFS metadata holds {@code mediaType}, {@code thumbnailOf} (for thumbnails)
 * and whatever the service adds (owner, resource…).
 */
public class CheckedUploads {

	static final int SNIFF_BYTES = 64 * 1024;

	private final GridFSBucket bucket;

	private final MongoCollection<Document> files;

	private final FilesProperties properties;

	private final TypeDetection detection = new TypeDetection();

	private final ContentChecks checks;

	public CheckedUploads(GridFSBucket bucket, MongoCollection<Document> files, FilesProperties properties) {
		this.bucket = bucket;
		this.files = files;
		this.properties = properties;
		this.checks = new ContentChecks(properties);
	}

	/**
	 * Stores {@code body} if it passes every check.
	 * @param body the request body, read once and only as far as the limit allows
	 * @param rawName the name the person gave (checked: 400 on a path or control
	 * characters)
	 * @param declaredLength the request's Content-Length, or -1
	 * @param policy the accepted formats and their limits
	 * @param metadata what the service wants kept with the file
	 * @throws ProblemException 400, 413 or 415, with nothing stored
	 */
	public StoredFile store(InputStream body, String rawName, long declaredLength, FilePolicy policy,
			Map<String, Object> metadata) {
		String name = FileNames.check(rawName);
		if (declaredLength > policy.largestLimit()) {
			throw FileProblems.tooLarge(policy.largestLimit());
		}
		BufferedInputStream in = new BufferedInputStream(body, SNIFF_BYTES);
		String detected;
		try {
			in.mark(1);
			if (in.read() == -1) {
				throw FileProblems.empty(name);
			}
			in.reset();
			detected = this.detection.detect(in, name);
		}
		catch (IOException ex) {
			throw FileProblems.interrupted();
		}
		boolean container = detected.equals(ContentChecks.ZIP) || detected.equals(ContentChecks.OOXML)
				|| detected.equals(ContentChecks.OLE2);
		FileRule rule = (container ? containerRule(policy) : policy.ruleFor(detected))
			.orElseThrow(() -> FileProblems.unsupported(name, detected, policy));
		if (declaredLength > rule.maxSize().toBytes()) {
			throw FileProblems.tooLarge(name, rule);
		}
		Document meta = new Document(metadata).append("mediaType", detected);
		GridFSUploadStream upload = this.bucket.openUploadStream(name, new GridFSUploadOptions().metadata(meta));
		ObjectId id = upload.getObjectId();
		long size = 0;
		MessageDigest digest = sha256();
		boolean written = false;
		try {
			byte[] buffer = new byte[SNIFF_BYTES];
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > rule.maxSize().toBytes()) {
					throw FileProblems.tooLarge(name, rule);
				}
				digest.update(buffer, 0, read);
				upload.write(buffer, 0, read);
			}
			upload.close();
			written = true;
		}
		catch (IOException ex) {
			throw FileProblems.interrupted();
		}
		finally {
			if (!written) {
				upload.abort();
			}
		}
		try {
			return finish(id, name, detected, size, HexFormat.of().formatHex(digest.digest()), policy);
		}
		catch (RuntimeException ex) {
			this.bucket.delete(id);
			throw ex;
		}
	}

	/**
	 * Stores the raw body of a request ({@code PUT}/{@code POST} with the file as body,
	 * as an upload widget sends it): its {@code Content-Length}, when given, is checked
	 * first.
	 */
	public StoredFile store(HttpServletRequest request, String rawName, FilePolicy policy,
			Map<String, Object> metadata) {
		try {
			return store(request.getInputStream(), rawName, request.getContentLengthLong(), policy, metadata);
		}
		catch (IOException ex) {
			throw FileProblems.interrupted();
		}
	}

	private StoredFile finish(ObjectId id, String name, String detected, long size, String sha256, FilePolicy policy) {
		ContentChecks.Verdict verdict = this.checks.check(name, detected, size,
				() -> GridFsReads.open(this.bucket, id));
		String mediaType = verdict.mediaType();
		FileRule rule = policy.ruleFor(mediaType).orElseThrow(() -> FileProblems.unsupported(name, mediaType, policy));
		if (size > rule.maxSize().toBytes()) {
			throw FileProblems.tooLarge(name, rule);
		}
		if (SvgCleaner.SVG.equals(mediaType)) {
			StoredFile cleaned = rewriteCleanSvg(id, name);
			size = cleaned.size();
			sha256 = cleaned.sha256();
		}
		String finalName = FileNames.withExtension(name, TypeDetection.extension(mediaType),
				TypeDetection.extensions(mediaType));
		if (!mediaType.equals(detected) || !finalName.equals(name)) {
			this.files.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("metadata.mediaType", mediaType), Updates.set("filename", finalName)));
		}
		String thumbnailId = (verdict.thumbnail() != null) ? storeThumbnail(id, finalName, verdict.thumbnail()) : null;
		return new StoredFile(id.toHexString(), finalName, mediaType, size, sha256, thumbnailId);
	}

	/**
	 * Replaces a stored SVG by its cleaned form (same id): scripts, event attributes,
	 * outside links gone.
	 */
	private StoredFile rewriteCleanSvg(ObjectId id, String name) {
		byte[] cleaned;
		Document metadata;
		try (var in = GridFsReads.open(this.bucket, id)) {
			metadata = in.getGridFSFile().getMetadata();
			cleaned = SvgCleaner.clean(in, name);
		}
		this.bucket.delete(id);
		this.bucket.uploadFromStream(new org.bson.BsonObjectId(id), name, new ByteArrayInputStream(cleaned),
				new GridFSUploadOptions().metadata(metadata));
		return new StoredFile(id.toHexString(), name, SvgCleaner.SVG, cleaned.length,
				HexFormat.of().formatHex(sha256().digest(cleaned)), null);
	}

	private String storeThumbnail(ObjectId of, String name, BufferedImage image) {
		try {
			byte[] jpeg = Thumbnails.jpeg(image, this.properties.thumbnailWidth());
			Document meta = new Document("mediaType", Thumbnails.MEDIA_TYPE).append("thumbnailOf", of);
			return this.bucket
				.uploadFromStream(name + ".jpg", new ByteArrayInputStream(jpeg),
						new GridFSUploadOptions().metadata(meta))
				.toHexString();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * A copy of a stored file (and of its thumbnail) with other metadata: a template
	 * taken into one's space.
	 */
	public StoredFile copy(String id, Map<String, Object> metadata) {
		GridFSFile source = find(id);
		Document meta = new Document(metadata).append("mediaType", mediaType(source));
		ObjectId copy;
		try (InputStream in = GridFsReads.open(this.bucket, source.getObjectId())) {
			copy = this.bucket.uploadFromStream(source.getFilename(), in, new GridFSUploadOptions().metadata(meta));
		}
		catch (IOException ex) {
			throw FileProblems.interrupted();
		}
		GridFSFile thumbnail = this.bucket.find(Filters.eq("metadata.thumbnailOf", source.getObjectId())).first();
		String thumbnailId = null;
		if (thumbnail != null) {
			try (InputStream in = GridFsReads.open(this.bucket, thumbnail.getObjectId())) {
				thumbnailId = this.bucket
					.uploadFromStream(thumbnail.getFilename(), in,
							new GridFSUploadOptions()
								.metadata(new Document("mediaType", Thumbnails.MEDIA_TYPE).append("thumbnailOf", copy)))
					.toHexString();
			}
			catch (IOException ex) {
				thumbnailId = null;
			}
		}
		return new StoredFile(copy.toHexString(), source.getFilename(), mediaType(source), source.getLength(), null,
				thumbnailId);
	}

	/** Deletes a file, its chunks and its thumbnail; an unknown id is ignored. */
	public void delete(String id) {
		if (!ObjectId.isValid(id)) {
			return;
		}
		ObjectId objectId = new ObjectId(id);
		for (GridFSFile thumbnail : this.bucket.find(Filters.eq("metadata.thumbnailOf", objectId))) {
			this.bucket.delete(thumbnail.getObjectId());
		}
		if (this.bucket.find(Filters.eq("_id", objectId)).first() != null) {
			this.bucket.delete(objectId);
		}
	}

	GridFSFile find(String id) {
		GridFSFile file = ObjectId.isValid(id) ? this.bucket.find(Filters.eq("_id", new ObjectId(id))).first() : null;
		if (file == null) {
			throw ProblemException.notFound("Ce fichier n'existe pas ou plus.");
		}
		return file;
	}

	static String mediaType(GridFSFile file) {
		Document metadata = file.getMetadata();
		String type = (metadata != null) ? metadata.getString("mediaType") : null;
		return (type != null) ? type : "application/octet-stream";
	}

	/**
	 * An office document's first bytes say only "zip" or "OLE2": the inside decides,
	 * within the documents' limit.
	 */
	private static Optional<FileRule> containerRule(FilePolicy policy) {
		return policy.ruleFor(FilePolicy.DOCX).or(() -> policy.ruleFor(FilePolicy.ODT));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
