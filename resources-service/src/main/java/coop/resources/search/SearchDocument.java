package coop.resources.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the index knows of one searchable thing. Writers (the resource centre, the Q&A,
 * the consumers of other services' messages) build one with {@link #builder} and hand it
 * to {@link SearchIndexing}; nothing else writes to Solr.
 *
 * @param kind what it is (facet {@code type})
 * @param sourceId its id in its own store; the index id is {@code <kind>:<sourceId>}
 * @param access who may find it (always given: a document without access is refused)
 * @param title shown as the result's link
 * @param summary one or two sentences under the title
 * @param body the main text (plain text or Markdown source; never HTML to show)
 * @param extra secondary text searched and highlighted too: a question's answers, a
 * showcase's further pages
 * @param files the files whose extracted text is searched with it (text looked up at
 * indexing time, see {@code filetext})
 * @param themes gestion, commercial, production, juridique…
 * @param sectors sectors of activity
 * @param author the name shown (never an e-mail address)
 * @param url where the result leads
 * @param date the date people care about (publication, question asked, event start)
 * @param changedAt when the source last changed: the consistency check compares it
 */
public record SearchDocument(SearchKind kind, String sourceId, Access access, String title, String summary, String body,
		String extra, List<IndexedFile> files, List<String> themes, List<String> sectors, List<String> tags,
		String author, String url, Instant date, Instant changedAt) {

	/** The most files of one document whose text is indexed. */
	public static final int MAX_FILES = 20;

	public SearchDocument {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(sourceId, "sourceId");
		Objects.requireNonNull(access, "access");
		files = (files != null) ? List.copyOf(files.subList(0, Math.min(files.size(), MAX_FILES))) : List.of();
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		sectors = (sectors != null) ? List.copyOf(sectors) : List.of();
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

	/** The index id, {@code <kind>:<sourceId>}. */
	public String id() {
		return this.kind.documentId(this.sourceId);
	}

	public static Builder builder(SearchKind kind, String sourceId, Access access) {
		return new Builder(kind, sourceId, access);
	}

	/**
	 * Who may find the document. The search filter (in Solr itself, see {@code Readers})
	 * lets through: everyone for public published documents; members for members ones;
	 * coaches and staff for coaches ones; the owner's coaches for personal ones; the
	 * owner always, whatever the status, except {@link Status#HIDDEN}.
	 *
	 * @param owner Keycloak subject of its author or owner, or {@code null}
	 * @param coaches subjects of the owner's coaches
	 * @param antennas antenna codes it belongs to
	 */
	public record Access(Visibility visibility, Status status, String owner, List<String> coaches,
			List<String> antennas) {

		public Access {
			Objects.requireNonNull(visibility, "visibility");
			Objects.requireNonNull(status, "status");
			coaches = (coaches != null) ? List.copyOf(coaches) : List.of();
			antennas = (antennas != null) ? List.copyOf(antennas) : List.of();
		}

		/** Published for everyone, visitors included. */
		public static Access everyone() {
			return new Access(Visibility.PUBLIC, Status.PUBLISHED, null, List.of(), List.of());
		}

		public static Access of(Visibility visibility, Status status) {
			return new Access(visibility, status, null, List.of(), List.of());
		}

		public Access ownedBy(String owner, List<String> coaches) {
			return new Access(this.visibility, this.status, owner, coaches, this.antennas);
		}

		public Access inAntennas(List<String> antennas) {
			return new Access(this.visibility, this.status, this.owner, this.coaches, antennas);
		}

	}

	/**
	 * A file whose text is searched with its document.
	 *
	 * @param fileId the file's id in GridFS
	 * @param name the name shown where a passage was found
	 */
	public record IndexedFile(String fileId, String name) {
	}

	public static final class Builder {

		private final SearchKind kind;

		private final String sourceId;

		private final Access access;

		private String title;

		private String summary;

		private String body;

		private String extra;

		private final List<IndexedFile> files = new ArrayList<>();

		private List<String> themes = List.of();

		private List<String> sectors = List.of();

		private List<String> tags = List.of();

		private String author;

		private String url;

		private Instant date;

		private Instant changedAt;

		private Builder(SearchKind kind, String sourceId, Access access) {
			this.kind = kind;
			this.sourceId = sourceId;
			this.access = access;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		public Builder body(String body) {
			this.body = body;
			return this;
		}

		public Builder extra(String extra) {
			this.extra = extra;
			return this;
		}

		public Builder file(String fileId, String name) {
			this.files.add(new IndexedFile(fileId, name));
			return this;
		}

		public Builder themes(List<String> themes) {
			this.themes = themes;
			return this;
		}

		public Builder sectors(List<String> sectors) {
			this.sectors = sectors;
			return this;
		}

		public Builder tags(List<String> tags) {
			this.tags = tags;
			return this;
		}

		public Builder author(String author) {
			this.author = author;
			return this;
		}

		public Builder url(String url) {
			this.url = url;
			return this;
		}

		public Builder date(Instant date) {
			this.date = date;
			return this;
		}

		/** When the source last changed; defaults to {@link #date}. */
		public Builder changedAt(Instant changedAt) {
			this.changedAt = changedAt;
			return this;
		}

		public SearchDocument build() {
			return new SearchDocument(this.kind, this.sourceId, this.access, this.title, this.summary, this.body,
					this.extra, this.files, this.themes, this.sectors, this.tags, this.author, this.url, this.date,
					(this.changedAt != null) ? this.changedAt : this.date);
		}

	}

}
