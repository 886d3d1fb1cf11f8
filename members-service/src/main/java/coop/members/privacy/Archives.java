package coop.members.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import coop.platform.contracts.ContractJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;

import org.springframework.web.util.HtmlUtils;

/**
 * An export's archive: one JSON file per service ({@code <service>.json}, what it holds
 * about the person) and {@code resume.html}, a French summary a person can read.
 */
final class Archives {

	static final Map<String, String> LABELS = Map.of("members-service", "Votre fiche, votre dossier et votre vitrine",
			"events-service", "Agenda : inscriptions, présences et rendez-vous", "resources-service",
			"Centre de ressources : contributions, questions et fichiers", "dashboard-service",
			"Tableau de bord : chiffres et objectifs", "notification-service",
			"E-mails : envois, préférences et messages de contact");

	private static final DateTimeFormatter DATE = DateTimeFormatter
		.ofPattern("EEEE d MMMM yyyy 'à' H 'h' mm", Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	byte[] build(PrivacyRequest request, Map<String, String> parts, Instant now) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(safe(part.getKey()) + ".json"));
				zip.write(pretty(part.getValue()).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("resume.html"));
			zip.write(summary(request, parts, now).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static String label(String service) {
		return LABELS.getOrDefault(service, service);
	}

	private String summary(PrivacyRequest request, Map<String, String> parts, Instant now) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\">")
			.append("<title>Vos données personnelles</title></head>\n<body>\n")
			.append("<h1>Vos données personnelles</h1>\n<p>Archive préparée le ")
			.append(escape(DATE.format(now)))
			.append(" pour l'adresse ")
			.append(escape(request.email()))
			.append(", à la demande faite le ")
			.append(escape(DATE.format(request.requestedAt())))
			.append(".</p>\n<p>Chaque service de la plateforme a répondu pour ce qu'il conserve. Le détail complet")
			.append(" est dans les fichiers JSON de cette archive, lisibles par un tableur ou un autre service.</p>\n")
			.append("<table>\n<thead><tr><th scope=\"col\">Partie</th><th scope=\"col\">Ce qui est conservé</th>")
			.append("<th scope=\"col\">Fichier</th></tr></thead>\n<tbody>\n");
		request.answers()
			.forEach((service, answer) -> html.append("<tr><td>")
				.append(escape(label(service)))
				.append("</td><td>")
				.append(escape((answer.summary() != null) ? answer.summary() : "—"))
				.append("</td><td>")
				.append(parts.containsKey(service) ? escape(safe(service) + ".json") : "—")
				.append("</td></tr>\n"));
		html.append("</tbody>\n</table>\n<p>Pour faire corriger ou effacer ces données, répondez à l'e-mail")
			.append(" qui vous a donné ce lien ou écrivez à l'équipe de la coopérative.</p>\n</body>\n</html>\n");
		return html.toString();
	}

	/** Markup characters only: the page is UTF-8, accented letters stay as they are. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String pretty(String json) {
		JsonNode tree = ContractJson.mapper().readTree(json);
		return ContractJson.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
	}

	private static String safe(String service) {
		return service.replaceAll("[^a-z0-9-]", "_");
	}

}
