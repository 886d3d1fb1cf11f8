package coop.resources.library;

import java.util.ArrayList;
import java.util.List;
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
 */
public record ResourceContent(String title, String summary, String body, List<Theme> themes, List<Sector> sectors,
		Audience audience, String url, List<ResourceFile> files, List<ModuleStep> steps, String correction) {

	public ResourceContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(audience, "audience");
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		sectors = (sectors != null) ? List.copyOf(sectors) : List.of();
		files = (files != null) ? List.copyOf(files) : List.of();
		steps = (steps != null) ? List.copyOf(steps) : List.of();
	}

	/** The same content with other words, keeping its files. */
	ResourceContent rewritten(ResourceContent words) {
		return new ResourceContent(words.title, words.summary, words.body, words.themes, words.sectors, words.audience,
				words.url, this.files, words.steps, words.correction);
	}

	ResourceContent withFile(ResourceFile file) {
		List<ResourceFile> more = new ArrayList<>(this.files);
		more.add(file);
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, more, this.steps, this.correction);
	}

	ResourceContent withoutFile(String fileId) {
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, this.files.stream().filter((file) -> !file.id().equals(fileId)).toList(), this.steps,
				this.correction);
	}

	public ResourceContent withFiles(List<ResourceFile> files) {
		return new ResourceContent(this.title, this.summary, this.body, this.themes, this.sectors, this.audience,
				this.url, files, this.steps, this.correction);
	}

	boolean hasFile(String fileId) {
		return this.files.stream().anyMatch((file) -> file.id().equals(fileId));
	}

}
