package coop.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The real type of a file, from its first bytes (Apache Tika's magic). The name counts
 * only to tell plain-text formats apart (CSV, Markdown), never to make bytes what they
 * are not.
 */
final class TypeDetection {

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

	private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

	private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

	/**
	 * @param in marks and resets itself; nothing is consumed
	 */
	String detect(InputStream in, String name) throws IOException {
		MediaType fromBytes = this.detector.detect(in, new Metadata());
		if (MediaType.TEXT_PLAIN.equals(fromBytes.getBaseType())) {
			Metadata named = new Metadata();
			named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
			MediaType byName = TYPES.detect(null, named);
			if (REGISTRY.isSpecializationOf(byName, MediaType.TEXT_PLAIN)) {
				return normalise(byName);
			}
		}
		return normalise(fromBytes);
	}

	static String normalise(MediaType type) {
		return REGISTRY.normalize(type.getBaseType()).toString().toLowerCase(Locale.ROOT);
	}

	static String extension(String mediaType) {
		try {
			return TYPES.forName(mediaType).getExtension();
		}
		catch (MimeTypeException ex) {
			return "";
		}
	}

	static List<String> extensions(String mediaType) {
		try {
			return TYPES.forName(mediaType).getExtensions();
		}
		catch (MimeTypeException ex) {
			return List.of();
		}
	}

}
