package coop.resources.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The presentation pages a new platform starts with, published as their first version so
 * that the public site has them before staff write a word: the answers to the seven
 * questions of the brief, the cooperative's page, legal notices, privacy policy and
 * accessibility statement ({@code pages/<slug>.md}: a {@code title:}, a
 * {@code description:}, an optional {@code menu:} place, then {@code ---} and the
 * Markdown body). They name the cooperative through placeholders ({@link PageText}),
 * never in words. A page that already has its address is left as staff made it.
 */
@Component
class DefaultPages {

	private static final Log logger = LogFactory.getLog(DefaultPages.class);

	static final List<String> SLUGS = List.of("cooperative", "place-de-la-cae", "pour-qui", "statut", "activites",
			"parcours", "accompagnement", "accompagnateurs", "mentions-legales", "confidentialite", "accessibilite");

	static final String BY = "Pages par défaut";

	private final PageService pages;

	DefaultPages(PageService pages) {
		this.pages = pages;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		int added = 0;
		for (String slug : SLUGS) {
			Default page = read(slug);
			if (this.pages.seed(slug, page.content(), page.menuOrder(), BY)) {
				added++;
			}
		}
		if (added > 0) {
			logger.info(added + " default presentation pages published");
		}
	}

	record Default(PageContent content, Integer menuOrder) {
	}

	static Default read(String slug) {
		String text;
		try (InputStream in = new ClassPathResource("pages/" + slug + ".md").getInputStream()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("No default page " + slug, ex);
		}
		int rule = text.indexOf("\n---\n");
		String title = null;
		String description = null;
		Integer menu = null;
		for (String line : text.substring(0, rule).split("\n")) {
			String[] parts = line.split(":", 2);
			String value = parts[1].strip();
			switch (parts[0].strip()) {
				case "title" -> title = value;
				case "description" -> description = value;
				case "menu" -> menu = Integer.valueOf(value);
				default -> throw new IllegalStateException("Unknown field in default page " + slug + ": " + line);
			}
		}
		return new Default(new PageContent(title, description, text.substring(rule + 5).strip() + "\n"), menu);
	}

}
