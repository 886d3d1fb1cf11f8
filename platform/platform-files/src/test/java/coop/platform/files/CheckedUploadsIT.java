package coop.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import coop.platform.test.SampleFiles;
import coop.platform.test.TestServers;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checked-upload pipeline against the real MongoDB store: what is refused leaves
 * nothing, what passes is what its bytes say.
 */
class CheckedUploadsIT {

	static MongoClient client;

	static MongoDatabase database;

	GridFSBucket bucket;

	CheckedUploads uploads;

	FilePolicy policy;

	@BeforeAll
	static void connect() {
		String uri = TestServers.mongo("platform_files_it").uri();
		client = MongoClients.create(uri);
		database = client.getDatabase(new ConnectionString(uri).getDatabase());
	}

	@AfterAll
	static void close() {
		client.close();
	}

	@BeforeEach
	void emptyBucket() {
		database.getCollection("files.files").deleteMany(new Document());
		database.getCollection("files.chunks").deleteMany(new Document());
		FilesProperties properties = new FilesProperties("files", DataSize.ofMegabytes(2), DataSize.ofMegabytes(8), 320,
				2000, DataSize.ofMegabytes(256), 100, 50_000_000L);
		this.bucket = GridFSBuckets.create(database, "files");
		this.uploads = new CheckedUploads(this.bucket, database.getCollection("files.files"), properties);
		this.policy = FilePolicy.documentsAndMedia(properties);
	}

	@Test
	void aPdfIsStoredWithItsTypeDigestAndAThumbnailOfItsFirstPage() throws IOException {
		byte[] pdf = SampleFiles.pdf("Livret de créateur");
		StoredFile stored = store(pdf, "livret.pdf");
		assertThat(stored.mediaType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(pdf.length);
		assertThat(stored.sha256()).hasSize(64);
		assertThat(stored.thumbnailId()).isNotNull();
		try (InputStream in = this.bucket.openDownloadStream(new org.bson.types.ObjectId(stored.id()))) {
			assertThat(in.readAllBytes()).isEqualTo(pdf);
		}
		try (InputStream in = this.bucket.openDownloadStream(new org.bson.types.ObjectId(stored.thumbnailId()))) {
			java.awt.image.BufferedImage thumbnail = javax.imageio.ImageIO.read(in);
			assertThat(thumbnail.getWidth()).isEqualTo(320);
		}
	}

	@Test
	void aFileLargerThanOneServerReplyStreamsBackWhole() throws IOException {
		// 60 MB: more than the 48 MB a server reply may hold; read in small batches, any
		// size streams back (the local stand-in sent it in one reply the driver refused)
		byte[] block = new byte[1 << 20];
		new java.util.Random(7).nextBytes(block);
		int megabytes = 60;
		java.util.List<InputStream> blocks = java.util.stream.Stream
			.<InputStream>generate(() -> new ByteArrayInputStream(block))
			.limit(megabytes)
			.toList();
		org.bson.types.ObjectId id = this.bucket.uploadFromStream("grand-fichier.bin",
				new java.io.SequenceInputStream(java.util.Collections.enumeration(blocks)));
		GridFsFileResource resource = new GridFsFileResource(this.bucket,
				this.bucket.find(com.mongodb.client.model.Filters.eq("_id", id)).first());
		long read = 0;
		byte[] last = new byte[block.length];
		try (InputStream in = resource.getInputStream()) {
			int n;
			while ((n = in.readNBytes(last, 0, last.length)) > 0) {
				read += n;
			}
		}
		assertThat(read).isEqualTo((long) megabytes * block.length);
		assertThat(last).isEqualTo(block);
	}

	@Test
	void anImageGetsAThumbnailNoWiderThanTheSetting() {
		StoredFile stored = store(SampleFiles.png(1600, 900), "atelier.png");
		assertThat(stored.mediaType()).isEqualTo("image/png");
		assertThat(stored.thumbnailId()).isNotNull();
	}

	@Test
	void officeDocumentsAreRecognisedFromTheirInsideNotTheirName() {
		assertThat(store(SampleFiles.docx(), "compte-rendu").mediaType()).isEqualTo(FilePolicy.DOCX);
		assertThat(store(SampleFiles.docx(), "compte-rendu").name()).isEqualTo("compte-rendu.docx");
		assertThat(store(SampleFiles.xlsx(), "suivi.xlsx").mediaType()).isEqualTo(FilePolicy.XLSX);
		assertThat(store(SampleFiles.odt(), "livret.odt").mediaType()).isEqualTo(FilePolicy.ODT);
		assertThat(store(SampleFiles.text("date;montant\n2026-12-01;120\n"), "ventes.csv").mediaType())
			.isEqualTo("text/csv");
	}

	@Test
	void aFileWhoseNameLiesIsJudgedByItsBytes() {
		refused(() -> store(SampleFiles.text("<html><script>alert(1)</script></html>"), "rapport.pdf"),
				ProblemType.UNSUPPORTED_MEDIA_TYPE);
		refused(() -> store(SampleFiles.text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"), "logo.png"),
				ProblemType.UNSUPPORTED_MEDIA_TYPE);
		refused(() -> store(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }, "video.mp4"),
				ProblemType.UNSUPPORTED_MEDIA_TYPE);
		StoredFile pngNamedPdf = store(SampleFiles.png(40, 40), "photo.pdf");
		assertThat(pngNamedPdf.mediaType()).isEqualTo("image/png");
		assertThat(pngNamedPdf.name()).isEqualTo("photo.pdf.png");
		assertNothingLeftBut(1);
	}

	@Test
	void archivesAreRefusedAndOfficeDocumentsOpenedWithLimits() {
		refused(() -> store(SampleFiles.plainZip(), "dossier.zip"), ProblemType.UNSUPPORTED_MEDIA_TYPE);
		refused(() -> store(SampleFiles.zipBomb(40), "bombe.docx"), FileProblems.ARCHIVE_LIMITS);
		refused(() -> store(SampleFiles.docm(), "macros.docx"), ProblemType.UNSUPPORTED_MEDIA_TYPE);
		assertNothingLeftBut(0);
	}

	@Test
	void encryptedAndCorruptedFilesAreRefusedAndNothingStays() {
		refused(() -> store(SampleFiles.encryptedPdf(), "confidentiel.pdf"), FileProblems.ENCRYPTED);
		refused(() -> store(SampleFiles.encryptedZipDocx(), "chiffre.docx"), FileProblems.ENCRYPTED);
		refused(() -> store(SampleFiles.encryptedOfficeContainer(), "protege.docx"), FileProblems.ENCRYPTED);
		refused(() -> store(SampleFiles.corruptedPdf(), "abime.pdf"), FileProblems.UNREADABLE);
		refused(() -> store(SampleFiles.truncatedPng(), "coupee.png"), FileProblems.UNREADABLE);
		refused(() -> store(new byte[0], "vide.pdf"), FileProblems.EMPTY);
		assertNothingLeftBut(0);
	}

	@Test
	void theSizeLimitIsEnforcedWhileStreamingAndTheRestIsNeverRead() {
		SampleFiles.Generated body = new SampleFiles.Generated(SampleFiles.mp4(64), 500L * 1024 * 1024, Long.MAX_VALUE);
		refused(() -> this.uploads.store(body, "conference.mp4", -1, this.policy, Map.of()),
				ProblemType.PAYLOAD_TOO_LARGE);
		assertThat(body.consumed()).isLessThanOrEqualTo(8L * 1024 * 1024 + 2 * CheckedUploads.SNIFF_BYTES);
		SampleFiles.Generated document = new SampleFiles.Generated(SampleFiles.text("a;b\n"), 3L * 1024 * 1024,
				Long.MAX_VALUE);
		refused(() -> this.uploads.store(document, "gros.csv", -1, this.policy, Map.of()),
				ProblemType.PAYLOAD_TOO_LARGE);
		assertThat(document.consumed()).isLessThan(3L * 1024 * 1024);
		assertNothingLeftBut(0);
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
		SampleFiles.Generated body = new SampleFiles.Generated(SampleFiles.mp4(64), 10, Long.MAX_VALUE);
		refused(() -> this.uploads.store(body, "film.mp4", 900L * 1024 * 1024, this.policy, Map.of()),
				ProblemType.PAYLOAD_TOO_LARGE);
		assertThat(body.consumed()).isZero();
	}

	@Test
	void aCancelledUploadLeavesNoChunk() {
		SampleFiles.Generated body = new SampleFiles.Generated(SampleFiles.mp4(64), 6L * 1024 * 1024, 1024 * 1024);
		refused(() -> this.uploads.store(body, "coupure.mp4", -1, this.policy, Map.of()), FileProblems.INTERRUPTED);
		assertNothingLeftBut(0);
	}

	@Test
	void namesWithPathsOrControlCharactersAreRefusedOthersCleaned() {
		refused(() -> store(SampleFiles.pdf("x"), "../../etc/passwd.pdf"), ProblemType.VALIDATION);
		refused(() -> store(SampleFiles.pdf("x"), "rapport\u0000.pdf"), ProblemType.VALIDATION);
		refused(() -> store(SampleFiles.pdf("x"), "facture\u202Efdp.exe"), ProblemType.VALIDATION);
		refused(() -> store(SampleFiles.pdf("x"), "dossier\\note.pdf"), ProblemType.VALIDATION);
		assertThat(store(SampleFiles.pdf("x"), "  Bilan: 2026 <final>?.pdf ").name())
			.isEqualTo("Bilan_ 2026 _final__.pdf");
		assertThat(store(SampleFiles.pdf("x"), "Prévisionnel été.pdf").name()).isEqualTo("Prévisionnel été.pdf");
	}

	@Test
	void aCopyIsIndependentAndDeletingRemovesChunksAndThumbnail() {
		StoredFile original = store(SampleFiles.pdf("Modèle"), "modele.pdf");
		StoredFile copy = this.uploads.copy(original.id(), Map.of("owner", "marie"));
		assertThat(copy.id()).isNotEqualTo(original.id());
		assertThat(copy.thumbnailId()).isNotNull().isNotEqualTo(original.thumbnailId());
		this.uploads.delete(original.id());
		this.uploads.delete(copy.id());
		assertNothingLeftBut(0);
	}

	StoredFile store(byte[] bytes, String name) {
		return this.uploads.store(new ByteArrayInputStream(bytes), name, bytes.length, this.policy,
				Map.of("owner", "t"));
	}

	static void refused(Executable upload, ProblemType type) {
		assertThatThrownBy(upload::execute).isInstanceOf(ProblemException.class)
			.satisfies((ex) -> assertThat(((ProblemException) ex).type()).isEqualTo(type))
			.satisfies((ex) -> assertThat(ex.getMessage()).isNotBlank());
	}

	void assertNothingLeftBut(long files) {
		long stored = database.getCollection("files.files").countDocuments(new Document("metadata.thumbnailOf", null));
		assertThat(stored).as("files kept").isEqualTo(files);
		long chunksOfOthers = database.getCollection("files.chunks")
			.countDocuments(new Document("files_id",
					new Document("$nin",
							database.getCollection("files.files")
								.find()
								.map((doc) -> doc.get("_id"))
								.into(new java.util.ArrayList<>()))));
		assertThat(chunksOfOthers).as("orphan chunks").isZero();
	}

}
