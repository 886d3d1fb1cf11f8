package coop.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the checked uploads ({@code coop.files.*}).
 *
 * @param bucket the GridFS bucket holding the files and their thumbnails
 * @param maxSize largest document or image
 * @param maxMediaSize largest audio or video
 * @param thumbnailWidth width of thumbnails, in pixels
 * @param maxArchiveEntries most entries an office document (a zip inside) may hold
 * @param maxArchiveExpandedSize most bytes its entries may expand to
 * @param maxCompressionRatio most expanded bytes per stored byte (a zip bomb goes far
 * above)
 * @param maxImagePixels largest image accepted, in pixels (a decompression bomb is small
 * on disk and huge in memory)
 */
@ConfigurationProperties("coop.files")
public record FilesProperties(@DefaultValue("files") String bucket, @DefaultValue("25MB") DataSize maxSize,
		@DefaultValue("200MB") DataSize maxMediaSize, @DefaultValue("320") int thumbnailWidth,
		@DefaultValue("2000") int maxArchiveEntries, @DefaultValue("256MB") DataSize maxArchiveExpandedSize,
		@DefaultValue("100") int maxCompressionRatio, @DefaultValue("50000000") long maxImagePixels) {

	/** The defaults, for code and tests that build the pipeline themselves. */
	public static FilesProperties defaults() {
		return new FilesProperties("files", DataSize.ofMegabytes(25), DataSize.ofMegabytes(200), 320, 2000,
				DataSize.ofMegabytes(256), 100, 50_000_000L);
	}

}
