package coop.resources.library;

import java.util.Arrays;

import coop.platform.test.SampleFiles;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files of resources through the API on the real GridFS: the platform's checks answer in
 * French and leave no chunk behind; downloads are streamed with ranges so that video and
 * audio seek; thumbnails follow the resource's visibility.
 */
class FilesIT extends CentreTestBase {

	String id;

	String slug;

	@BeforeEach
	void draft() {
		JsonNode draft = as("marie.entrepreneur").post("/api/resources", resource("MULTIMEDIA", "Vidéo", "MEMBERS"))
			.expect(201);
		this.id = draft.path("id").asString();
		this.slug = draft.path("slug").asString();
	}

	@Test
	void refusedUploadsAnswerInFrenchAndLeaveNothingStored() {
		long files = stored("files.files");
		long chunks = stored("files.chunks");

		assertRefused(as("marie.entrepreneur").upload(this.id, "page.pdf",
				"<html><script>alert(1)</script></html>".getBytes()), 415, "unsupported-media-type");
		assertRefused(as("marie.entrepreneur").upload(this.id, "vide.pdf", new byte[0]), 400, "empty-file");
		assertRefused(as("marie.entrepreneur").upload(this.id, "gros.pdf", pdfOf(3 * 1024 * 1024)), 413,
				"payload-too-large");
		assertRefused(as("marie.entrepreneur").upload(this.id, "secret.pdf", SampleFiles.encryptedPdf()), 400,
				"encrypted-file");
		assertRefused(as("marie.entrepreneur").upload(this.id, "casse.pdf", SampleFiles.corruptedPdf()), 400,
				"unreadable-file");
		assertRefused(as("marie.entrepreneur").upload(this.id, "archive.docx", SampleFiles.plainZip()), 415,
				"unsupported-media-type");
		assertRefused(as("marie.entrepreneur").upload(this.id, "bombe.docx", SampleFiles.zipBomb(50)), 400,
				"archive-limits");
		assertRefused(as("marie.entrepreneur").upload(this.id, "../../etc/passwd.pdf", SampleFiles.pdf("x")), 400,
				"validation");
		assertRefused(as("marie.entrepreneur").upload(this.id, "nom\u0007.pdf", SampleFiles.pdf("x")), 400,
				"validation");
		assertRefused(as("marie.entrepreneur").upload(this.id, "video.mp4", SampleFiles.mp4(4 * 1024 * 1024)), 413,
				"payload-too-large");
		// someone who may not change the resource is refused before anything is read
		as("theo.entrepreneur").upload(this.id, "intrus.pdf", SampleFiles.pdf("x")).expect(404);
		as("lucas.coach").upload(this.id, "coach.pdf", SampleFiles.pdf("x")).expect(403);

		assertThat(stored("files.files")).isEqualTo(files);
		assertThat(stored("files.chunks")).isEqualTo(chunks);
		assertThat(as("marie.entrepreneur").get("/api/resources/public/resources/" + this.slug)
			.expect(200)
			.path("working")
			.path("files")
			.size()).isZero();
	}

	@Test
	void aRangeRequestOnAVideoAnswers206WithExactlyThoseBytes() {
		byte[] video = SampleFiles.mp4(300_000);
		JsonNode view = as("marie.entrepreneur").upload(this.id, "atelier.mp4", video).expect(201);
		JsonNode file = view.path("working").path("files").get(0);
		assertThat(file.path("mediaType").asString()).isEqualTo("video/mp4");
		String url = file.path("url").asString() + "?inline=true";

		Answer part = as("marie.entrepreneur").get(url, "bytes=1000-1999");
		assertThat(part.status()).isEqualTo(206);
		assertThat(part.bytes()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
		assertThat(part.headers().getFirst("Content-Range")).isEqualTo("bytes 1000-1999/300000");
		Answer whole = as("marie.entrepreneur").get(url);
		assertThat(whole.status()).isEqualTo(200);
		assertThat(whole.headers().getFirst("Content-Disposition")).startsWith("inline");
		assertThat(whole.headers().getFirst("Accept-Ranges")).isEqualTo("bytes");
		assertThat(whole.bytes()).isEqualTo(video);
		assertThat(as("marie.entrepreneur").get(url, "bytes=400000-").status()).isEqualTo(416);
	}

	@Test
	void thumbnailsAndFilesFollowTheResourcesVisibility() {
		JsonNode view = as("marie.entrepreneur").upload(this.id, "photo.png", SampleFiles.png(800, 600)).expect(201);
		JsonNode file = view.path("working").path("files").get(0);
		String thumbnail = file.path("thumbnailUrl").asString();
		Answer picture = as("marie.entrepreneur").get(thumbnail);
		assertThat(picture.status()).isEqualTo(200);
		assertThat(picture.headers().getContentType().toString()).isEqualTo("image/jpeg");
		as("theo.entrepreneur").get(thumbnail).expect(404);
		as(null).get(file.path("url").asString()).expect(404);
		as("marie.entrepreneur").get(file.path("url").asString().replace(file.path("id").asString(), "0".repeat(24)))
			.expect(404);

		// a removed file is gone from GridFS with its thumbnail
		long files = stored("files.files");
		as("marie.entrepreneur").delete("/api/resources/" + this.id + "/files/" + file.path("id").asString())
			.expect(200);
		assertThat(stored("files.files")).isEqualTo(files - 2);
		as("marie.entrepreneur").get(file.path("url").asString()).expect(404);
	}

	@Test
	void aFileOfThePublishedVersionStaysWhileANewVersionDropsIt() {
		byte[] pdf = SampleFiles.pdf("Version publiée");
		JsonNode first = as("marie.entrepreneur").upload(this.id, "guide.pdf", pdf).expect(201);
		String fileId = first.path("working").path("files").get(0).path("id").asString();
		as("marie.entrepreneur").post("/api/resources/" + this.id + "/submit", null).expect(200);
		as("lucas.coach").post("/api/resources/" + this.id + "/validate", null).expect(200);

		as("marie.entrepreneur").delete("/api/resources/" + this.id + "/files/" + fileId).expect(200);
		String url = "/api/resources/public/resources/" + this.slug + "/files/" + fileId;
		assertThat(as("theo.entrepreneur").get(url).bytes()).as("still in the live version").isEqualTo(pdf);

		as("marie.entrepreneur").post("/api/resources/" + this.id + "/submit", null).expect(200);
		as("lucas.coach").post("/api/resources/" + this.id + "/validate", null).expect(200);
		as("theo.entrepreneur").get(url).expect(404);
		assertThat(this.mongo.getCollection("files.files")
			.countDocuments(new Document("_id", new org.bson.types.ObjectId(fileId)))).isZero();
	}

	private long stored(String collection) {
		return this.mongo.getCollection(collection).countDocuments();
	}

	private static void assertRefused(Answer answer, int status, String type) {
		JsonNode problem = answer.expect(status);
		assertThat(problem.path("type").asString()).endsWith("/" + type);
		assertThat(problem.path("detail").asString()).isNotBlank();
		assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
	}

	/** A real PDF padded to about that size. */
	private static byte[] pdfOf(int size) {
		byte[] pdf = SampleFiles.pdf("Gros fichier");
		byte[] padded = Arrays.copyOf(pdf, size);
		Arrays.fill(padded, pdf.length, size, (byte) ' ');
		return padded;
	}

}
