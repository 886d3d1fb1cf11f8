package coop.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import coop.platform.test.SampleFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponsiveImagesTests {

	@Test
	void aPhonesOrientationIsReadAndTheImageTurnedUpright() throws IOException {
		for (int orientation = 1; orientation <= 8; orientation++) {
			byte[] photo = SampleFiles.jpegWithGps(80, 40, orientation);
			assertThat(ResponsiveImages.ExifOrientation.read(new ByteArrayInputStream(photo))).isEqualTo(orientation);
			BufferedImage upright = ResponsiveImages.ExifOrientation
				.upright(ImageIO.read(new ByteArrayInputStream(photo)), orientation);
			assertThat(upright.getWidth()).isEqualTo((orientation >= 5) ? 40 : 80);
		}
		assertThat(ResponsiveImages.ExifOrientation.read(new ByteArrayInputStream(SampleFiles.png(10, 10))))
			.isEqualTo(1);
	}

	@Test
	void webpAndJpegAreWrittenWithoutTheCamerasMetadata() throws IOException {
		BufferedImage photo = ImageIO.read(new ByteArrayInputStream(SampleFiles.jpegWithGps(300, 200, 1)));
		BufferedImage scaled = ResponsiveImages.scale(photo, 120, false);
		assertThat(scaled.getWidth()).isEqualTo(120);
		assertThat(scaled.getHeight()).isEqualTo(80);
		byte[] webp = ResponsiveImages.encode(scaled, ResponsiveImages.WEBP);
		assertThat(new String(webp, 0, 4, "US-ASCII")).isEqualTo("RIFF");
		assertThat(new String(webp, 8, 4, "US-ASCII")).isEqualTo("WEBP");
		byte[] jpeg = ResponsiveImages.encode(scaled, ResponsiveImages.JPEG);
		assertThat(new String(jpeg, "ISO-8859-1")).doesNotContain("Exif");
		assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(120);
	}

	@Test
	void aPageGetsTheClosestFallbackAndBothSrcsetsNarrowestFirst() {
		ResponsiveImages.ImageSet set = new ResponsiveImages.ImageSet(1000, 500, ResponsiveImages.JPEG,
				List.of(variant(960, ResponsiveImages.WEBP), variant(320, ResponsiveImages.WEBP),
						variant(960, ResponsiveImages.JPEG), variant(320, ResponsiveImages.JPEG),
						variant(640, ResponsiveImages.JPEG)));
		ResponsiveImages.Sources sources = set.sources("/img/a/", 700);
		assertThat(sources.src()).isEqualTo("/img/a/640.jpg");
		assertThat(sources.webpSrcset()).isEqualTo("/img/a/320.webp 320w, /img/a/960.webp 960w");
		assertThat(sources.fallbackSrcset()).isEqualTo("/img/a/320.jpg 320w, /img/a/640.jpg 640w, /img/a/960.jpg 960w");
		ResponsiveImages.ImageSet transparent = new ResponsiveImages.ImageSet(400, 400, ResponsiveImages.PNG,
				List.of(variant(320, ResponsiveImages.PNG)));
		assertThat(transparent.sources("/logo/", 960).src()).isEqualTo("/logo/320.png");
		assertThat(transparent.sources("/logo/", 960).webpSrcset()).isEmpty();
	}

	private static ResponsiveImages.Variant variant(int width, String mediaType) {
		return new ResponsiveImages.Variant(width, width / 2, mediaType, "f" + width, 1000);
	}

}
