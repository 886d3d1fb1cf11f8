package coop.resources.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import coop.resources.search.filetext.FileTexts;
import org.apache.solr.common.SolrInputDocument;

import org.springframework.stereotype.Component;

/**
 * Turns a {@link SearchDocument} into the fields of the schema ({@code solr/coop/conf}),
 * with the extracted text of its files: file {@code N} of the document goes to
 * {@code file_text_N}, its name to {@code file_name_N}.
 */
@Component
class SolrDocuments {

	private final FileTexts fileTexts;

	private final Clock clock;

	SolrDocuments(FileTexts fileTexts, Clock clock) {
		this.fileTexts = fileTexts;
		this.clock = clock;
	}

	SolrInputDocument toSolr(SearchDocument document) {
		SolrInputDocument input = new SolrInputDocument();
		input.setField("id", document.id());
		input.setField("type", document.kind().wire());
		SearchDocument.Access access = document.access();
		input.setField("visibility", access.visibility().wire());
		input.setField("status", access.status().wire());
		setIfPresent(input, "owner", access.owner());
		setIfPresent(input, "coach", access.coaches());
		setIfPresent(input, "antenna", access.antennas());
		setIfPresent(input, "title", document.title());
		setIfPresent(input, "summary", document.summary());
		setIfPresent(input, "body", document.body());
		setIfPresent(input, "extra", document.extra());
		setIfPresent(input, "theme", document.themes());
		setIfPresent(input, "sector", document.sectors());
		setIfPresent(input, "tags", document.tags());
		setIfPresent(input, "author", document.author());
		setIfPresent(input, "url", document.url());
		setIfPresent(input, "date", document.date());
		setIfPresent(input, "changedAt", document.changedAt());
		input.setField("indexedAt", Date.from(this.clock.instant()));
		if (!document.files().isEmpty()) {
			Map<String, String> texts = this.fileTexts
				.textsOf(document.files().stream().map(SearchDocument.IndexedFile::fileId).toList());
			for (int i = 0; i < document.files().size(); i++) {
				SearchDocument.IndexedFile file = document.files().get(i);
				input.setField("file_name_" + i, file.name());
				setIfPresent(input, "file_text_" + i, texts.get(file.fileId()));
			}
		}
		return input;
	}

	private static void setIfPresent(SolrInputDocument input, String field, String value) {
		if (value != null && !value.isBlank()) {
			input.setField(field, value);
		}
	}

	private static void setIfPresent(SolrInputDocument input, String field, List<String> values) {
		if (!values.isEmpty()) {
			input.setField(field, values);
		}
	}

	private static void setIfPresent(SolrInputDocument input, String field, Instant value) {
		if (value != null) {
			input.setField(field, Date.from(value));
		}
	}

}
