package coop.dashboard.privacy;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import coop.dashboard.activity.ActivityQuery;
import coop.dashboard.people.PeopleDirectory;
import coop.dashboard.portfolio.PersonAlerts;
import coop.platform.contracts.ContractJson;
import coop.platform.messaging.jdbc.JdbcPersonalData;
import coop.platform.messaging.privacy.DataSubject;
import coop.platform.messaging.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything dashboard-service holds about a person, and how it goes.
 *
 * <table>
 * <tr>
 * <th>table</th>
 * <th>personal data</th>
 * <th>export</th>
 * <th>erasure</th>
 * </tr>
 * <tr>
 * <td>{@code person}</td>
 * <td>subject, name, role, antenna, coach, a hash of the e-mail address</td>
 * <td>as kept, with the alerts their coach sees</td>
 * <td>deleted (the person leaves every portfolio)</td>
 * </tr>
 * <tr>
 * <td>{@code personal_file}, {@code file_objective}, {@code file_milestone}</td>
 * <td>the copy of the personal file: analytical code, agreement dates, objectives,
 * milestones</td>
 * <td>as kept</td>
 * <td>kept for the funders' stages, under a random pseudonym (subject and analytical
 * code)</td>
 * </tr>
 * <tr>
 * <td>{@code ledger_operation}, {@code sales_document}</td>
 * <td>the accounting lines and invoices matched to the person's analytical code</td>
 * <td>every line and document</td>
 * <td>kept for the cooperative's and funders' figures under the pseudonymous code; a
 * label, customer or description naming the person is removed</td>
 * </tr>
 * <tr>
 * <td>{@code typed_figures}, {@code attendance}, {@code appointment}, {@code
 * referral}</td>
 * <td>figures typed for them, workshops attended, appointments, referrals to information
 * meetings (hash of the address)</td>
 * <td>as kept</td>
 * <td>kept for the figures under the pseudonym; the address's hash replaced by a random
 * one</td>
 * </tr>
 * <tr>
 * <td>{@code platform_outbox}</td>
 * <td>messages naming the person</td>
 * <td>—</td>
 * <td>deleted</td>
 * </tr>
 * </table>
 * The dashboard has no e-mail address or name anywhere else; {@code registration_count}
 * and {@code alert_setting} hold nobody.
 */
@Service
public class DashboardPersonalData implements PersonalData {

	static final String ANONYMOUS_NAME = "Personne anonymisée";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final ActivityQuery activity;

	private final PeopleDirectory people;

	private final PersonAlerts alerts;

	DashboardPersonalData(JdbcClient jdbc, ActivityQuery activity, PeopleDirectory people, PersonAlerts alerts) {
		this.jdbc = jdbc;
		this.activity = activity;
		this.people = people;
		this.alerts = alerts;
	}

	/** dashboard-service's part of a person's data, as a JSON object. */
	@Override
	@Transactional(readOnly = true)
	public Exported export(DataSubject person) {
		String subject = person.subjectOrNone();
		Map<String, Object> part = new LinkedHashMap<>();
		List<Map<String, Object>> directory = rows(
				"select subject, role, name, antenna, coach, changed_at from person where subject = ?", subject);
		part.put("person", directory.isEmpty() ? null : directory.get(0));
		List<Map<String, Object>> file = rows("""
				select antenna, coach, analytical_code, cape_starts_on, cape_ends_on, cesa_starts_on, changed_at
				from personal_file where subject = ?""", subject);
		part.put("personalFile", file.isEmpty() ? null : file.get(0));
		part.put("objectives",
				rows("""
						select label, kind, target_amount, status, due_on from file_objective where subject = ? order by due_on""",
						subject));
		part.put("milestones", rows(
				"select milestone, reached_on from file_milestone where subject = ? order by reached_on", subject));
		part.put("typedFigures", rows("""
				select month, revenue, expenses, hours_worked, typed_at from typed_figures
				where entrepreneur_subject = ? order by month""", subject));
		part.put("ledgerOperations", rows("""
				select o.operation_date, o.account, o.label, o.debit, o.credit, o.analytical_code
				from ledger_operation o join personal_file f on f.analytical_code = o.analytical_code
				where f.subject = ? order by o.operation_date, o.id""", subject));
		part.put("salesDocuments", rows("""
				select s.kind, s.number, s.issued_on, s.customer, s.description, s.excluding_tax, s.including_tax,
				  s.amount_due, s.status
				from sales_document s join personal_file f on f.analytical_code = s.analytical_code
				where f.subject = ? order by s.issued_on, s.id""", subject));
		part.put("attendance", rows("""
				select event_kind, starts_at, hours, attendance, antenna from attendance where subject = ?
				order by starts_at""", subject));
		part.put("appointments", rows(
				"select starts_at, cancelled from appointment where entrepreneur = ? order by starts_at", subject));
		part.put("referrals", rows("""
				select organisation, antenna, registered_at, meeting_at from referral
				where subject = ? or email_hash = ? order by registered_at""", subject,
				PeopleDirectory.emailHash(person.email())));
		this.people.find(subject).filter((entry) -> "entrepreneur".equals(entry.role())).ifPresent((entry) -> {
			part.put("dashboard", plain(this.activity.dashboardOf(entry.subject())));
			part.put("alerts", plain(this.alerts.of(entry)));
		});
		return new Exported(part, summary(part));
	}

	static String summary(Map<String, Object> part) {
		return PersonalData.count(part, "typedFigures") + " mois saisi(s), "
				+ PersonalData.count(part, "ledgerOperations") + " écriture(s) comptable(s), "
				+ PersonalData.count(part, "salesDocuments") + " devis et facture(s), "
				+ PersonalData.count(part, "attendance") + " présence(s), " + PersonalData.count(part, "referrals")
				+ " orientation(s)";
	}

	/**
	 * Replaces the person by a random pseudonym in every record the figures count, and
	 * deletes the rest; within the caller's transaction.
	 */
	@Override
	@Transactional
	public Erased erase(DataSubject person) {
		String subject = person.subjectOrNone();
		String emailHash = PeopleDirectory.emailHash(person.email());
		String pseudonym = "anonyme-" + HexFormat.of().formatHex(bytes(6));
		String pseudonymousHash = HexFormat.of().formatHex(bytes(32));
		String pseudonymousCode = "ANON-" + HexFormat.of().withUpperCase().formatHex(bytes(4));
		int deleted = JdbcPersonalData.forgetMessages(this.jdbc, person.email(), person.subject(), person.firstName(),
				person.lastName());
		int anonymised = 0;

		String code = this.jdbc.sql("select analytical_code from personal_file where subject = ?")
			.param(subject)
			.query(String.class)
			.optional()
			.orElse(null);
		String lastName = lower(person.lastName());
		if (code != null) {
			anonymised += update("update ledger_operation set analytical_code = ? where analytical_code = ?",
					pseudonymousCode, code);
			anonymised += update("update sales_document set analytical_code = ? where analytical_code = ?",
					pseudonymousCode, code);
			if (lastName != null) {
				update("update ledger_operation set label = null where analytical_code = ?"
						+ " and strpos(lower(label), ?) > 0", pseudonymousCode, lastName);
				update("""
						update sales_document set
						  customer = case when strpos(lower(customer), ?) > 0 then null else customer end,
						  description = case when strpos(lower(description), ?) > 0 then null else description end
						where analytical_code = ?""", lastName, lastName, pseudonymousCode);
			}
		}
		// the file's subject is the key its objectives and milestones hang on: moved over
		int files = update(
				"""
						insert into personal_file (subject, antenna, coach, analytical_code, cape_starts_on, cape_ends_on,
						  cesa_starts_on, changed_at)
						select cast(? as varchar), antenna, coach, cast(? as varchar), cape_starts_on, cape_ends_on, cesa_starts_on, changed_at
						from personal_file where subject = ?""",
				pseudonym, (code != null) ? pseudonymousCode : null, subject);
		if (files > 0) {
			update("update file_objective set subject = ? where subject = ?", pseudonym, subject);
			update("update file_milestone set subject = ? where subject = ?", pseudonym, subject);
			update("delete from personal_file where subject = ?", subject);
			anonymised += files;
		}
		anonymised += update("update typed_figures set entrepreneur_subject = ? where entrepreneur_subject = ?",
				pseudonym, subject);
		update("update typed_figures set typed_by = ? where typed_by = ?", pseudonym, subject);
		anonymised += update("update attendance set subject = ? where subject = ?", pseudonym, subject);
		anonymised += update("update appointment set entrepreneur = ? where entrepreneur = ?", pseudonym, subject);
		update("update appointment set coach = ? where coach = ?", pseudonym, subject);
		anonymised += update("update referral set subject = ?, email_hash = ? where subject = ? or email_hash = ?",
				pseudonym, pseudonymousHash, subject, emailHash);
		// a coach erased: the people they followed keep a coach nobody can be
		update("update person set coach = ? where coach = ?", pseudonym, subject);
		update("update personal_file set coach = ? where coach = ?", pseudonym, subject);
		update("update accounting_import set uploaded_by = ? where uploaded_by = ?", pseudonym, subject);
		deleted += update("delete from person where subject = ?", subject);
		// someone else's row with that address (an older account): the hash no longer
		// leads to it
		update("update person set email_hash = null where email_hash = ?", emailHash);
		return new Erased(deleted, anonymised, deleted + " élément(s) effacé(s), " + anonymised
				+ " anonymisé(s) (chiffres, présences, orientations gardés sous un pseudonyme)");
	}

	private int update(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).update();
	}

	private List<Map<String, Object>> rows(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(JdbcPersonalData::row).list();
	}

	private static Object plain(Object value) {
		return ContractJson.mapper().convertValue(value, Object.class);
	}

	private static String lower(String name) {
		return (name == null || name.strip().length() < 2) ? null : name.strip().toLowerCase(Locale.ROOT);
	}

	private static byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return bytes;
	}

}
