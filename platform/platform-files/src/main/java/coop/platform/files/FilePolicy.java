package coop.platform.files;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.unit.DataSize;

/**
 * What an upload may be: an allow-list of formats, each family with its size limit. Every
 * other format is refused (415), including archives, HTML, SVG and executables.
 */
public record FilePolicy(List<FileRule> rules) {

	public static final String PDF = "application/pdf";

	public static final String ODT = "application/vnd.oasis.opendocument.text";

	public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	public static final String ODP = "application/vnd.oasis.opendocument.presentation";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	public static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

	public FilePolicy {
		rules = List.copyOf(rules);
	}

	/** Documents, images and multimedia: what a resource centre holds. */
	public static FilePolicy documentsAndMedia(FilesProperties properties) {
		return new FilePolicy(List.of(documents(properties.maxSize()), images(properties.maxSize()),
				media(properties.maxMediaSize())));
	}

	/** Images only (showcase pictures, a logo). */
	public static FilePolicy imagesOnly(DataSize maxSize) {
		return new FilePolicy(List.of(images(maxSize)));
	}

	public static FileRule documents(DataSize maxSize) {
		return new FileRule("documents", "PDF, ODT, ODS, ODP, DOCX, XLSX, PPTX, texte, CSV, Markdown", maxSize,
				Set.of(PDF, ODT, ODS, ODP, DOCX, XLSX, PPTX, "text/plain", "text/csv", "text/x-web-markdown"));
	}

	public static FileRule images(DataSize maxSize) {
		return new FileRule("images", "PNG, JPEG, GIF, WebP", maxSize, IMAGES);
	}

	public static FileRule media(DataSize maxSize) {
		return new FileRule("vidéo et audio", "MP4, WebM, MOV, MP3, M4A, OGG, Opus, WAV", maxSize,
				Set.of("video/mp4", "video/webm", "video/quicktime", "video/ogg", "audio/mpeg", "audio/mp4",
						"audio/ogg", "audio/vorbis", "audio/opus", "audio/vnd.wave", "audio/x-wav", "application/ogg"));
	}

	public Optional<FileRule> ruleFor(String mediaType) {
		return this.rules.stream().filter((rule) -> rule.accepts(mediaType)).findFirst();
	}

	/** The largest limit of all: a declared length above it is refused before reading. */
	public long largestLimit() {
		return this.rules.stream().mapToLong((rule) -> rule.maxSize().toBytes()).max().orElse(0);
	}

	/** « PDF, ODT… ; PNG, JPEG… » for the refusal of another format. */
	public String acceptedFormats() {
		return this.rules.stream().map(FileRule::formats).collect(Collectors.joining(" ; "));
	}

}
