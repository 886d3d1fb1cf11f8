package coop.resources.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of what a resource says: the live one (what readers see) or the working one
 * (what its authors and reviewers see). Markdown is kept as typed; HTML is made when it
 * is shown.
 *
 * @param body Markdown
 * @param url where a link points to ({@code null} for other kinds)
 * @param steps the steps of a training module, in order
 * @param correction Markdown shown after an attempt at an exercise
 * @param form the sections and questions of an online template ({@code null} for anything
 * else)
 * @param answers a filled copy of an online template proposed to the centre: its answers
 * by question key as they were when this version was proposed, so that reviewers and
 * readers read the version decided on ({@code null} for anything else)
 */
public record ResourceContent(String title, String summary, String body, List<Theme> themes, List<Sector> sectors,
		Audience audience, String url, List<ResourceFile> files, List<ModuleStep> steps, String correction,
		TemplateForm form, Map<String, String> answers) {

	public ResourceContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(audience, "audience");
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		sectors = (sectors != null) ? List.copyOf(sectors) : List.of();
		files = (files != null) ? List.copyOf(files) : List.of();
		steps = (steps != null) ? List.copyOf(steps) : List.of();
		answers = (answers != null) ? Map.copyOf(answers) : null;
	}

	/** Content without an online form. */
	public ResourceContent(String title, String summary, String body, List<Theme> themes, List<Sector> sectors,
			Audience audience, String url, List<ResourceFile> files, List<ModuleStep> steps, String correction) {
		this(title, summary, body, themes, sectors, audience, url, files, steps, correction, null, null);
	}

	/** The same content with the sections and questions of an online template. */
	public ResourceContent withForm(TemplateForm form) {
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, this.files, this.steps, this.correction, form, this.answers);
	}

	/** The same content holding the answers of a filled copy, as they are now. */
	ResourceContent withAnswers(Map<String, String> answers) {
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, this.files, this.steps, this.correction, this.form, answers);
	}

	/**
	 * The same content with its texts passed through {@code scrub} (an erased person's
	 * name).
	 */
	ResourceContent scrubbed(java.util.function.UnaryOperator<String> scrub) {
		return new ResourceContent(scrub.apply(this.title), scrub.apply(this.summary), scrub.apply(this.body),
				this.themes, this.sectors, this.audience, this.url, this.files, this.steps,
				scrub.apply(this.correction), this.form,
				(this.answers != null) ? this.answers.entrySet()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, (e) -> scrub.apply(e.getValue())))
						: null);
	}

	/** Whether it is an online template: sections and questions to fill in. */
	boolean online() {
		return this.form != null && !this.form.sections().isEmpty();
	}

	/** The same content with other words, keeping its files. */
	ResourceContent rewritten(ResourceContent words) {
		return new ResourceContent(words.title, words.summary, words.body, words.themes, words.sectors, words.audience,
				words.url, this.files, words.steps, words.correction, words.form, this.answers);
	}

	ResourceContent withFile(ResourceFile file) {
		List<ResourceFile> more = new ArrayList<>(this.files);
		more.add(file);
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, more, this.steps, this.correction, this.form, this.answers);
	}

	ResourceContent withoutFile(String fileId) {
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, this.files.stream().filter((file) -> !file.id().equals(fileId)).toList(), this.steps,
				this.correction, this.form, this.answers);
	}

	public ResourceContent withFiles(List<ResourceFile> files) {
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, files, this.steps, this.correction, this.form, this.answers);
	}

	boolean hasFile(String fileId) {
		return this.files.stream().anyMatch((file) -> file.id().equals(fileId));
	}

}
