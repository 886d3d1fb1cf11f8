package coop.platform.files;

import java.util.Set;

import org.springframework.util.unit.DataSize;

/**
 * A family of accepted formats and its size limit.
 *
 * @param label the family as a person reads it (« vidéo et audio »)
 * @param formats the formats as a person reads them (« MP4, WebM, MP3 »)
 * @param maxSize the largest file of this family
 * @param mediaTypes the media types Tika detects for it
 */
public record FileRule(String label, String formats, DataSize maxSize, Set<String> mediaTypes) {

	public FileRule {
		mediaTypes = Set.copyOf(mediaTypes);
	}

	public boolean accepts(String mediaType) {
		return this.mediaTypes.contains(mediaType);
	}

}
