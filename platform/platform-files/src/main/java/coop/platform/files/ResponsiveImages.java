package coop.platform.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Pictures for web pages, made from an image {@link CheckedUploads} accepted: decoded
 * once, turned upright (the EXIF orientation a phone writes), scaled to a few widths
 * never wider than the original, and written again as WebP and as JPEG (PNG when the
 * image has transparency) for browsers without WebP. Writing the pixels again keeps no
 * metadata: no GPS position, no camera, no date. The uploaded original is then deleted,
 * so nothing of it is ever served.
 */
public class ResponsiveImages {

	/** The widths a page asks for with {@code srcset}: phone, tablet, desktop, wide. */
	public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1440);

	public static final String WEBP = "image/webp";

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	private final GridFSBucket bucket;

	private final CheckedUploads uploads;

	public ResponsiveImages(GridFSBucket bucket, CheckedUploads uploads) {
		this.bucket = bucket;
		this.uploads = uploads;
	}

	/**
	 * One width of an image in one format.
	 *
	 * @param fileId its GridFS id
	 */
	public record Variant(int width, int height, String mediaType, String fileId, long size) {
	}

	/**
	 * The variants of one image, narrowest first.
	 *
	 * @param width the upright original's width, {@code height} its height
	 * @param fallback the format for browsers without WebP: JPEG, or PNG for a
	 * transparent image
	 */
	public record ImageSet(int width, int height, String fallback, List<Variant> variants) {

		public ImageSet {
			variants = List.copyOf(variants);
		}

		public List<Variant> of(String mediaType) {
			return this.variants.stream().filter((v) -> v.mediaType().equals(mediaType)).toList();
		}

		/** The variant of that format closest to the width asked, or {@code null}. */
		public Variant closest(String mediaType, int width) {
			return of(mediaType).stream()
				.min((a, b) -> Integer.compare(Math.abs(a.width() - width), Math.abs(b.width() - width)))
				.orElse(null);
		}

		/**
		 * What a page needs to show this image, each variant at
		 * {@code prefix + width + "." + extension}: the fallback variant closest to
		 * {@code width} as the plain source, a srcset of the WebP variants and one of the
		 * fallback's, narrowest first.
		 */
		public Sources sources(String prefix, int width) {
			String extension = this.fallback.equals(PNG) ? "png" : "jpg";
			Variant plain = closest(this.fallback, width);
			return new Sources(prefix + plain.width() + "." + extension, srcset(prefix, WEBP, "webp"),
					srcset(prefix, this.fallback, extension));
		}

		private String srcset(String prefix, String mediaType, String extension) {
			return of(mediaType).stream()
				.sorted(Comparator.comparingInt(Variant::width))
				.map((v) -> prefix + v.width() + "." + extension + " " + v.width() + "w")
				.collect(Collectors.joining(", "));
		}

	}

	/**
	 * The addresses of an image's variants for a page's {@code <picture>}.
	 *
	 * @param src the fallback variant for {@code <img src>}
	 * @param webpSrcset the WebP variants, {@code fallbackSrcset} the fallback format's
	 */
	public record Sources(String src, String webpSrcset, String fallbackSrcset) {
	}

	/**
	 * Makes the variants of an uploaded image and deletes the original. On any failure
	 * nothing is left: neither the variants already written nor the original.
	 * @param original an image stored by {@link CheckedUploads} (its type one of
	 * {@link FilePolicy#IMAGES})
	 * @param widths the widths wanted; those wider than the image give way to its own
	 * width
	 * @param metadata kept with each variant (the owner, the showcase…)
	 * @throws coop.platform.web.problem.ProblemException 400 when the image cannot be
	 * decoded
	 */
	public ImageSet derive(StoredFile original, List<Integer> widths, Map<String, Object> metadata) {
		List<Variant> written = new ArrayList<>();
		try {
			BufferedImage upright = decode(original);
			boolean transparent = upright.getColorModel().hasAlpha();
			String fallback = transparent ? PNG : JPEG;
			TreeSet<Integer> targets = new TreeSet<>();
			for (int width : widths) {
				targets.add(Math.min(width, upright.getWidth()));
			}
			for (int width : targets) {
				BufferedImage scaled = scale(upright, width, transparent);
				written.add(store(original, scaled, WEBP, metadata));
				written.add(store(original, scaled, fallback, metadata));
			}
			this.uploads.delete(original.id());
			return new ImageSet(upright.getWidth(), upright.getHeight(), fallback, written);
		}
		catch (IOException | RuntimeException ex) {
			written.forEach((variant) -> this.uploads.delete(variant.fileId()));
			this.uploads.delete(original.id());
			if (ex instanceof coop.platform.web.problem.ProblemException problem) {
				throw problem;
			}
			throw FileProblems.unreadable(original.name());
		}
	}

	/** Deletes every variant of the set; unknown ones are ignored. */
	public void delete(ImageSet set) {
		set.variants().forEach((variant) -> this.uploads.delete(variant.fileId()));
	}

	private BufferedImage decode(StoredFile original) throws IOException {
		int orientation;
		try (InputStream in = GridFsReads.open(this.bucket, new ObjectId(original.id()))) {
			orientation = original.mediaType().equals(JPEG) ? ExifOrientation.read(in) : 1;
		}
		BufferedImage image;
		try (InputStream in = GridFsReads.open(this.bucket, new ObjectId(original.id()));
				ImageInputStream images = ImageIO.createImageInputStream(in)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
			if (!readers.hasNext()) {
				throw FileProblems.unreadable(original.name());
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(images, true, true);
				image = reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		return ExifOrientation.upright(image, orientation);
	}

	/** High-quality downscaling: halves the size step by step, then the last step. */
	static BufferedImage scale(BufferedImage source, int width, boolean transparent) {
		int type = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage current = copy(source, source.getWidth(), source.getHeight(), type);
		while (current.getWidth() / 2 >= width) {
			current = copy(current, current.getWidth() / 2,
					Math.max(1, (int) Math.round((double) current.getHeight() / 2)), type);
		}
		if (current.getWidth() != width) {
			int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
			current = copy(current, width, height, type);
		}
		return current;
	}

	private static BufferedImage copy(BufferedImage source, int width, int height, int type) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (type == BufferedImage.TYPE_INT_RGB) {
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private Variant store(StoredFile original, BufferedImage image, String mediaType, Map<String, Object> metadata)
			throws IOException {
		byte[] bytes = encode(image, mediaType);
		String extension = switch (mediaType) {
			case WEBP -> "webp";
			case PNG -> "png";
			default -> "jpg";
		};
		String base = original.name().replaceAll("\\.[^.]*$", "");
		Document meta = new Document(metadata).append("mediaType", mediaType).append("width", image.getWidth());
		ObjectId id = this.bucket.uploadFromStream(base + "-" + image.getWidth() + "." + extension,
				new ByteArrayInputStream(bytes), new GridFSUploadOptions().metadata(meta));
		return new Variant(image.getWidth(), image.getHeight(), mediaType, id.toHexString(), bytes.length);
	}

	static byte[] encode(BufferedImage image, String mediaType) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mediaType);
		if (!writers.hasNext()) {
			throw new IOException("No image writer for " + mediaType);
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (!mediaType.equals(PNG) && param.canWriteCompressed()) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				String[] types = param.getCompressionTypes();
				if (types != null && types.length > 0) {
					// WebP: "Lossy" comes first; JPEG: the only one
					param.setCompressionType(types[0]);
				}
				param.setCompressionQuality(mediaType.equals(WEBP) ? 0.8f : 0.85f);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/**
	 * The orientation a camera writes in a JPEG's EXIF block (tag 0x0112), read from the
	 * APP1 segment without decoding the image.
	 */
	static final class ExifOrientation {

		private ExifOrientation() {
		}

		/** 1 (upright) to 8; 1 when absent or unreadable. */
		static int read(InputStream in) throws IOException {
			java.io.DataInputStream data = new java.io.DataInputStream(new java.io.BufferedInputStream(in));
			if (data.readUnsignedShort() != 0xFFD8) {
				return 1;
			}
			while (true) {
				int marker = data.readUnsignedShort();
				if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
					return 1;
				}
				int length = data.readUnsignedShort() - 2;
				if (length < 0) {
					return 1;
				}
				byte[] segment = new byte[length];
				data.readFully(segment);
				if (marker == 0xFFE1 && length > 14
						&& new String(segment, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("Exif")) {
					return orientation(segment, 6);
				}
			}
		}

		private static int orientation(byte[] b, int tiff) {
			boolean little = b[tiff] == 'I';
			int ifd = tiff + int32(b, tiff + 4, little);
			if (ifd + 2 > b.length) {
				return 1;
			}
			int entries = int16(b, ifd, little);
			for (int i = 0; i < entries; i++) {
				int entry = ifd + 2 + i * 12;
				if (entry + 12 > b.length) {
					return 1;
				}
				if (int16(b, entry, little) == 0x0112) {
					int value = int16(b, entry + 8, little);
					return (value >= 1 && value <= 8) ? value : 1;
				}
			}
			return 1;
		}

		private static int int16(byte[] b, int at, boolean little) {
			return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
		}

		private static int int32(byte[] b, int at, boolean little) {
			return little ? int16(b, at, true) | int16(b, at + 2, true) << 16
					: int16(b, at, false) << 16 | int16(b, at + 2, false);
		}

		/** The image as the camera meant it to be seen. */
		static BufferedImage upright(BufferedImage image, int orientation) {
			if (orientation <= 1 || orientation > 8) {
				return image;
			}
			int w = image.getWidth();
			int h = image.getHeight();
			AffineTransform t = new AffineTransform();
			switch (orientation) {
				case 2 -> {
					t.scale(-1, 1);
					t.translate(-w, 0);
				}
				case 3 -> {
					t.translate(w, h);
					t.rotate(Math.PI);
				}
				case 4 -> {
					t.scale(1, -1);
					t.translate(0, -h);
				}
				case 5 -> {
					t.rotate(-Math.PI / 2);
					t.scale(-1, 1);
				}
				case 6 -> {
					t.translate(h, 0);
					t.rotate(Math.PI / 2);
				}
				case 7 -> {
					t.scale(-1, 1);
					t.translate(-h, 0);
					t.translate(0, w);
					t.rotate(3 * Math.PI / 2);
				}
				default -> {
					t.translate(0, w);
					t.rotate(3 * Math.PI / 2);
				}
			}
			boolean swap = orientation >= 5;
			BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
					image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			new AffineTransformOp(t, AffineTransformOp.TYPE_BICUBIC).filter(toRgb(image), target);
			return target;
		}

		private static BufferedImage toRgb(BufferedImage image) {
			if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
				return image;
			}
			return copy(image, image.getWidth(), image.getHeight(),
					image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		}

	}

}
