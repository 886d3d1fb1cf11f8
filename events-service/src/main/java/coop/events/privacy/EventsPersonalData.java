package coop.events.privacy;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import coop.events.agenda.AgendaEvents;
import coop.events.agenda.AgendaPublication;
import coop.events.appointment.AppointmentErasure;
import coop.events.registration.RegistrationErasure;
import coop.platform.messaging.jdbc.JdbcPersonalData;
import coop.platform.messaging.privacy.DataSubject;
import coop.platform.messaging.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything events-service holds about a person, and how it goes.
 *
 * <table>
 * <tr>
 * <th>table</th>
 * <th>personal data</th>
 * <th>export</th>
 * <th>erasure</th>
 * </tr>
 * <tr>
 * <td>{@code registration}</td>
 * <td>names, e-mail, phone, town, how they heard of us, consent (date, version), subject,
 * status, waiting-list place, attendance; the prescriber's subject and organisation on a
 * referral</td>
 * <td>every registration with its event</td>
 * <td>registrations to events to come: cancelled as if the person had (the seat goes to
 * the first person waiting), then deleted; to events that have started: kept for the
 * attendance hours and session counts, the person replaced by a random pseudonym (no
 * name, e-mail, phone, town or subject). As a prescriber: their subject becomes the
 * pseudonym, the organisation stays for the funders' funnel</td>
 * </tr>
 * <tr>
 * <td>{@code slot}</td>
 * <td>the entrepreneur's subject, name, e-mail, topic and the coach's note; a coach's own
 * name and e-mail</td>
 * <td>their appointments with the note (the entrepreneur reads it too); a coach's slots
 * (times and places)</td>
 * <td>booked appointments to come: the slot opens again for others, nothing kept, the
 * coach told « Personne anonymisée » cancelled (their reminder goes); past ones: the
 * pseudonym, topic and note removed. A coach: open slots to come deleted, the others
 * under the pseudonym</td>
 * </tr>
 * <tr>
 * <td>{@code fair_exhibitor}, {@code showcase_ref}</td>
 * <td>name and subject of an exhibitor, their showcase's names</td>
 * <td>the fairs they exhibit at</td>
 * <td>deleted; fairs not ended told again so their pages drop the name</td>
 * </tr>
 * <tr>
 * <td>{@code referral_file}, {@code prescriber}</td>
 * <td>the journey dates of a person's file (first interview, CAPE, CESA) by address and
 * subject; a prescriber's name and address (their referrals' outcomes are mailed
 * there)</td>
 * <td>the dates; the prescriber's name and address</td>
 * <td>deleted ({@code referral_outcome} holds registration ids and outcomes only, and
 * goes with a deleted registration)</td>
 * </tr>
 * <tr>
 * <td>{@code calendar_link}</td>
 * <td>the secret of their feed</td>
 * <td>whether they have one</td>
 * <td>deleted</td>
 * </tr>
 * <tr>
 * <td>{@code platform_outbox}</td>
 * <td>messages about them (published ones are kept for
 * {@code coop.messaging.retention})</td>
 * <td>—</td>
 * <td>every message holding their e-mail address or both their names is deleted,
 * published or not (a message not yet sent would write to someone who asked to be
 * forgotten)</td>
 * </tr>
 * </table>
 * {@code platform_inbox} holds event ids only; {@code platform_account_status} a subject
 * and a flag, kept so that an old token of the deleted account stays refused.
 */
@Service
public class EventsPersonalData implements PersonalData {

	/** The first name anonymised records show. */
	static final String ANONYMOUS_FIRST_NAME = "Personne";

	static final String ANONYMOUS_NAME = "Personne anonymisée";

	static final String ANONYMOUS_COACH = "Accompagnement (anonymisé)";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final RegistrationErasure registrations;

	private final AppointmentErasure appointments;

	private final AgendaEvents events;

	private final AgendaPublication publication;

	private final Clock clock;

	EventsPersonalData(JdbcClient jdbc, RegistrationErasure registrations, AppointmentErasure appointments,
			AgendaEvents events, AgendaPublication publication, Clock clock) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.appointments = appointments;
		this.events = events;
		this.publication = publication;
		this.clock = clock;
	}

	/** events-service's part of a person's data, as a JSON object. */
	@Override
	@Transactional(readOnly = true)
	public Exported export(DataSubject person) {
		String subject = person.subjectOrNone();
		String emailKey = person.emailKey();
		Map<String, Object> part = new LinkedHashMap<>();
		part.put("registrations",
				this.jdbc.sql("""
						select e.title as event, e.kind as event_kind, e.starts_at, e.ends_at, e.place_label as place,
						  r.kind as registered_by, r.status,
						  case when r.status = 'WAITLISTED' then (select count(*) + 1 from registration w
						    where w.event_id = r.event_id and w.status = 'WAITLISTED'
						    and (w.created_at < r.created_at or (w.created_at = r.created_at and w.id < r.id))) end
						    as waiting_list_position,
						  r.offer_expires_at, r.first_name, r.last_name, r.email, r.phone, r.town, r.heard_from,
						  r.consent_at, c.purpose as consent_purpose, c.version as consent_version,
						  r.prescriber_organisation as referred_by_organisation, r.created_at as registered_at,
						  r.cancelled_at, r.cancel_reason, r.attendance, r.attendance_at
						from registration r join agenda_event e on e.id = r.event_id
						left join consent_text c on c.id = r.consent_text_id
						where r.subject = :subject or r.email_key = :emailKey
						order by e.starts_at""")
					.param("subject", subject)
					.param("emailKey", emailKey)
					.query(JdbcPersonalData::row)
					.list());
		part.put("appointments",
				this.jdbc.sql("""
						select starts_at, ends_at, place_label as place, coach_name as coach, topic, note, status
						from slot where entrepreneur_subject = :subject or lower(entrepreneur_email) = :emailKey
						order by starts_at""")
					.param("subject", subject)
					.param("emailKey", emailKey)
					.query(JdbcPersonalData::row)
					.list());
		part.put("slotsAsCoach", this.jdbc.sql("""
				select starts_at, ends_at, place_label as place, status, coach_name as name, coach_email as email
				from slot where coach_subject = :subject order by starts_at""")
			.param("subject", subject)
			.query(JdbcPersonalData::row)
			.list());
		part.put("fairsExhibitedAt",
				this.jdbc.sql("""
						select e.title as fair, e.starts_at, e.ends_at, f.name as exhibitor_name
						from fair_exhibitor f join agenda_event e on e.id = f.event_id
						where f.subject = :subject order by e.starts_at""")
					.param("subject", subject)
					.query(JdbcPersonalData::row)
					.list());
		// people a prescriber registered are not the prescriber's data: the events only
		part.put("referralsMade",
				this.jdbc.sql("""
						select e.title as event, e.starts_at, r.created_at as registered_at, r.status, r.attendance,
						  r.prescriber_organisation as organisation
						from registration r join agenda_event e on e.id = r.event_id
						where r.prescriber_subject = :subject order by r.created_at""")
					.param("subject", subject)
					.query(JdbcPersonalData::row)
					.list());
		part.put("journeyKnownFromPersonalFile",
				this.jdbc.sql("""
						select first_interview_on, cape_signed_on, cesa_signed_on, changed_at from referral_file
						where subject = :subject or email_key = :emailKey""")
					.param("subject", subject)
					.param("emailKey", emailKey)
					.query(JdbcPersonalData::row)
					.list());
		part.put("asPrescriber",
				this.jdbc.sql("select first_name, last_name, email, seen_at from prescriber where subject = :subject")
					.param("subject", subject)
					.query(JdbcPersonalData::row)
					.list());
		part.put("showcaseKnown",
				this.jdbc.sql("""
						select slug, display_name, business_name from showcase_ref where subject = :subject""")
					.param("subject", subject)
					.query(JdbcPersonalData::row)
					.list());
		part.put("personalCalendarFeed",
				this.jdbc.sql("select count(*) from calendar_link where subject = :subject")
					.param("subject", subject)
					.query(Long.class)
					.single() > 0);
		return new Exported(part, summary(part));
	}

	static String summary(Map<String, Object> part) {
		return PersonalData.count(part, "registrations") + " inscription(s), "
				+ PersonalData.count(part, "appointments") + " rendez-vous, "
				+ PersonalData.count(part, "fairsExhibitedAt") + " salon(s), "
				+ PersonalData.count(part, "referralsMade") + " orientation(s) faite(s)";
	}

	/**
	 * Deletes what events-service holds about the person, or replaces them by a random
	 * pseudonym where the record counts in reports; within the caller's transaction (the
	 * consumer's, with its inbox marker and its reply).
	 */
	@Override
	@Transactional
	public Erased erase(DataSubject person) {
		String subject = person.subjectOrNone();
		String emailKey = person.emailKey();
		String pseudonym = "anonyme-" + HexFormat.of().formatHex(bytes());
		String pseudonymEmail = pseudonym + "@anonyme.invalid";
		Instant now = this.clock.instant();

		// first, before this erasure writes its own messages: none of those holds the
		// person
		long messages = JdbcPersonalData.forgetMessages(this.jdbc, person.email(), person.subject(), person.firstName(),
				person.lastName());

		this.registrations.cancelComingRegistrationsOf(subject, emailKey);
		long deleted = this.jdbc.sql("""
				delete from registration r using agenda_event e
				where e.id = r.event_id and e.starts_at > :now and (r.subject = :subject or r.email_key = :emailKey)""")
			.param("now", Timestamp.from(now))
			.param("subject", subject)
			.param("emailKey", emailKey)
			.update();
		long anonymised = this.jdbc.sql("""
				update registration set first_name = :first, last_name = :pseudonym,
				  email = :pseudonym || '-' || left(id::text, 8) || '@anonyme.invalid',
				  email_key = :pseudonym || '-' || left(id::text, 8) || '@anonyme.invalid',
				  phone = null, town = null, heard_from = null, subject = null
				where subject = :subject or email_key = :emailKey""")
			.param("first", ANONYMOUS_FIRST_NAME)
			.param("pseudonym", pseudonym)
			.param("subject", subject)
			.param("emailKey", emailKey)
			.update();
		anonymised += this.jdbc
			.sql("update registration set prescriber_subject = :pseudonym" + " where prescriber_subject = :subject")
			.param("pseudonym", pseudonym)
			.param("subject", subject)
			.update();

		// appointments to come open again for the other entrepreneurs (their coach told);
		// past ones stay
		deleted += this.appointments.cancelComingAppointmentsOf(subject, emailKey);
		deleted += this.jdbc
			.sql("""
					update slot set entrepreneur_subject = null, entrepreneur_name = null, entrepreneur_email = null,
					  topic = null, note = null, status = 'OPEN', version = version + 1
					where (entrepreneur_subject = :subject or lower(entrepreneur_email) = :emailKey) and starts_at > :now""")
			.param("subject", subject)
			.param("emailKey", emailKey)
			.param("now", Timestamp.from(now))
			.update();
		anonymised += this.jdbc.sql("""
				update slot set entrepreneur_subject = :pseudonym, entrepreneur_name = :name, entrepreneur_email = null,
				  topic = null, note = null, version = version + 1
				where entrepreneur_subject = :subject or lower(entrepreneur_email) = :emailKey""")
			.param("pseudonym", pseudonym)
			.param("name", ANONYMOUS_NAME)
			.param("subject", subject)
			.param("emailKey", emailKey)
			.update();
		// a coach: the free slots to come go, the others stay under the pseudonym
		deleted += this.jdbc
			.sql("delete from slot where coach_subject = :subject and status = 'OPEN' and starts_at > :now")
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.update();
		anonymised += this.jdbc.sql("""
				update slot set coach_subject = :pseudonym, coach_name = :name, coach_email = :email,
				  version = version + 1
				where coach_subject = :subject or lower(coach_email) = :emailKey""")
			.param("pseudonym", pseudonym)
			.param("name", ANONYMOUS_COACH)
			.param("email", pseudonymEmail)
			.param("subject", subject)
			.param("emailKey", emailKey)
			.update();

		List<UUID> fairs = this.jdbc.sql("""
				select f.event_id from fair_exhibitor f join agenda_event e on e.id = f.event_id
				where f.subject = :subject and e.ends_at > :now""")
			.param("subject", subject)
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
		deleted += this.jdbc.sql("delete from fair_exhibitor where subject = :subject")
			.param("subject", subject)
			.update();
		// their pages list exhibitors: told again without the person
		this.events.findAllById(fairs).forEach(this.publication::published);
		deleted += this.jdbc.sql("delete from showcase_ref where subject = :subject")
			.param("subject", subject)
			.update();
		deleted += this.jdbc.sql("delete from referral_file where subject = :subject or email_key = :emailKey")
			.param("subject", subject)
			.param("emailKey", emailKey)
			.update();
		deleted += this.jdbc.sql("delete from prescriber where subject = :subject").param("subject", subject).update();
		deleted += this.jdbc.sql("delete from calendar_link where subject = :subject")
			.param("subject", subject)
			.update();
		deleted += messages;
		return new Erased((int) deleted, (int) anonymised,
				deleted + " élément(s) effacé(s) (inscriptions à venir, rendez-vous à venir, salons, messages), "
						+ anonymised + " anonymisé(s) (présences et rendez-vous passés)");
	}

	private static byte[] bytes() {
		byte[] bytes = new byte[6];
		random.nextBytes(bytes);
		return bytes;
	}

}
