package coop.resources.library;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resource of the centre.
 *
 * @param kind DOCUMENT, TRAINING, TEMPLATE, LINK or VIDEO
 * @param category Gestion, Commercial, Production, Juridique…
 * @param visibility public, members or coaches
 * @param url where a LINK points to
 */
@Document("resources")
public record Resource(@Id String id, @Indexed(unique = true) String slug, String kind, String title, String summary,
		String body, String category, List<String> tags, String visibility, String url, String authorSubject,
		Instant publishedAt) {
}
