package coop.resources.library;

/**
 * One step of a training module: a titled content in Markdown, possibly pointing to
 * another resource of the centre (an exercise, a document) by its address.
 *
 * @param resourceSlug the slug of the resource this step uses, or {@code null}
 */
public record ModuleStep(String title, String body, String resourceSlug) {

}
