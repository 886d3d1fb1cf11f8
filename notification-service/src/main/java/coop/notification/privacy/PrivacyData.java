package coop.notification.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.platform.messaging.jdbc.JdbcPersonalData;
import coop.platform.messaging.privacy.DataSubject;
import coop.platform.messaging.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What this service holds about an address, and its erasure: the sent-mail log, the
 * address's preferences (and so its signed links, which stop working with it), the
 * reminders to come, the contact form's messages, the address's permanent failure
 * ({@code mail_bounce}), and the published messages of the outbox that named it. Others'
 * mails and reminders that name the person (the team's copy of a contact message, a
 * coach's « Rendez-vous confirmé avec … ») stay in their log with the person's name and
 * address replaced by « Personne anonymisée ». The platform's consumer (queue
 * {@code notification.privacy}) answers through the outbox in the inbox's transaction:
 * handled and answered once.
 */
@Component
class PrivacyData implements PersonalData {

	/**
	 * What stands for an erased person in what others keep (as events-service writes it).
	 */
	static final String ANONYMOUS = "Personne anonymisée";

	private final JdbcClient jdbc;

	PrivacyData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Exported export(DataSubject person) {
		String email = person.emailKey();
		Map<String, Object> part = new LinkedHashMap<>();
		List<Map<String, Object>> sent = rows("""
				select kind, subject, sent_at, outcome from sent_mail
				where lower(recipient) = :email order by sent_at""", email);
		part.put("sentMails", sent);
		List<Map<String, Object>> stopped = rows("""
				select o.topic, o.opted_out_at from mail_opt_out o join mail_recipient r on r.id = o.recipient_id
				where r.address = :email order by o.topic""", email);
		part.put("emailPreferences", Map.of("address", email, "stoppedTopics", stopped));
		List<Map<String, Object>> reminders = rows("""
				select title, starts_at, ends_at, place, send_at, sent_at, withdrawn_at from reminder
				where lower(recipient) = :email order by starts_at""", email);
		part.put("reminders", reminders);
		List<Map<String, Object>> contact = rows("""
				select name, email, phone, topic, message, received_at, consent_version from contact_message
				where lower(email) = :email order by received_at""", email);
		part.put("contactMessages", contact);
		List<Map<String, Object>> bounced = rows(
				"select reply, first_at, last_at, failures from mail_bounce where address = :email", email);
		part.put("addressInFailure", bounced);
		List<String> summary = new ArrayList<>();
		count(summary, sent.size(), "e-mail envoyé", "e-mails envoyés");
		count(summary, stopped.size(), "rubrique d'e-mails arrêtée", "rubriques d'e-mails arrêtées");
		count(summary, reminders.size(), "rappel", "rappels");
		count(summary, contact.size(), "message de contact", "messages de contact");
		count(summary, bounced.size(), "adresse en échec", "adresses en échec");
		return new Exported(part, summary.isEmpty() ? "Aucune donnée" : capitalised(String.join(", ", summary)));
	}

	@Override
	public Erased erase(DataSubject person) {
		String email = person.emailKey();
		int mails = update("delete from sent_mail where lower(recipient) = :email", email);
		int preferences = update("delete from mail_recipient where address = :email", email);
		int reminders = update("delete from reminder where lower(recipient) = :email", email);
		int contact = update("delete from contact_message where lower(email) = :email", email);
		int bounces = update("delete from mail_bounce where address = :email", email);
		List<String> phrases = phrases(email, person.firstName(), person.lastName());
		// others' mails and reminders that name the person keep their line, without them
		int anonymised = scrub("sent_mail", "subject", phrases) + scrub("reminder", "title", phrases);
		// the outbox keeps published messages a few days: those that named the person go
		// now
		JdbcPersonalData.forgetMessages(this.jdbc, email, person.subject(), person.firstName(), person.lastName());
		int deleted = mails + preferences + reminders + contact + bounces;
		String sentence = (deleted == 0 && anonymised == 0) ? "Aucune donnée à effacer"
				: capitalised(mails + " e-mails du journal, " + reminders + " rappels, " + contact
						+ " messages de contact et les préférences effacés, " + anonymised
						+ " e-mails ou rappels d'autres destinataires anonymisés");
		return new Erased(deleted, anonymised, sentence);
	}

	/**
	 * What stands for the person in others' texts, lower case: their address, their full
	 * name both ways round, then their surname alone (a showcase's business name such as
	 * « Menuiserie Dupont » in « Vitrine à valider : … »). A log line about someone else
	 * of the same surname loses it too: the log keeps less, never more.
	 */
	static List<String> phrases(String email, String firstName, String lastName) {
		List<String> phrases = new ArrayList<>(List.of(email));
		String first = (firstName != null) ? firstName.strip().replaceAll("\\s+", " ") : "";
		String last = (lastName != null) ? lastName.strip().replaceAll("\\s+", " ") : "";
		if (first.length() >= 2 && last.length() >= 2) {
			phrases.add((first + " " + last).toLowerCase(Locale.ROOT));
			phrases.add((last + " " + first).toLowerCase(Locale.ROOT));
		}
		if (last.length() >= 3) {
			phrases.add(last.toLowerCase(Locale.ROOT));
		}
		return phrases;
	}

	/** Replaces the phrases (case ignored) in that column of every row holding one. */
	private int scrub(String table, String column, List<String> phrases) {
		StringBuilder holding = new StringBuilder();
		Map<String, Object> params = new LinkedHashMap<>();
		List<Pattern> patterns = new ArrayList<>();
		for (int i = 0; i < phrases.size(); i++) {
			holding.append((i == 0) ? "" : " or ")
				.append("position(:p")
				.append(i)
				.append(" in lower(")
				.append(column)
				.append(")) > 0");
			params.put("p" + i, phrases.get(i));
			// whole words only: « Dupont » is not replaced inside « Dupontel »
			patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrases.get(i)) + "(?![\\p{L}\\p{N}])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
		}
		List<Map<String, Object>> rows = this.jdbc
			.sql("select id, " + column + " as text from " + table + " where " + holding)
			.params(params)
			.query((rs, n) -> Map.<String, Object>of("id", rs.getObject("id"), "text", rs.getString("text")))
			.list();
		int changed = 0;
		for (Map<String, Object> row : rows) {
			String text = (String) row.get("text");
			for (Pattern pattern : patterns) {
				text = pattern.matcher(text).replaceAll(Matcher.quoteReplacement(ANONYMOUS));
			}
			if (text.equals(row.get("text"))) {
				continue;
			}
			changed++;
			// both columns hold 300 characters
			text = (text.length() > 300) ? text.substring(0, 300) : text;
			this.jdbc.sql("update " + table + " set " + column + " = :text where id = :id")
				.param("text", text)
				.param("id", row.get("id"))
				.update();
		}
		return changed;
	}

	private List<Map<String, Object>> rows(String sql, String email) {
		return this.jdbc.sql(sql).param("email", email).query(JdbcPersonalData::row).list();
	}

	private int update(String sql, String email) {
		return this.jdbc.sql(sql).param("email", email).update();
	}

	private static void count(List<String> summary, int count, String one, String many) {
		if (count > 0) {
			summary.add(count + " " + ((count == 1) ? one : many));
		}
	}

	private static String capitalised(String sentence) {
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

}
