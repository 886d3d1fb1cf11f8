package coop.platform.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * A small JPEG of an image or of a PDF's first page, on white (transparency has no place
 * in a thumbnail), never wider than the configured width.
 */
final class Thumbnails {

	static final String MEDIA_TYPE = "image/jpeg";

	private Thumbnails() {
	}

	static byte[] jpeg(BufferedImage source, int maxWidth) throws IOException {
		int width = Math.min(maxWidth, source.getWidth());
		int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
		BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = thumbnail.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(thumbnail, "jpeg", out);
		return out.toByteArray();
	}

}
