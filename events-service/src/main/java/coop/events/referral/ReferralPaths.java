package coop.events.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import coop.events.agenda.AgendaEvent;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads referrals' paths. A prescriber reads only the referrals they made (another's is
 * 404, as if it did not exist); staff read every one, with the other prescribers who
 * referred the same person: one person recognised by their address, nothing merged.
 */
@Service
class ReferralPaths {

	private static final String PATHS = """
			select r.id, r.first_name, r.last_name, r.email, r.email_key, r.prescriber_subject,
			  r.prescriber_organisation, r.created_at, r.status, r.attendance, r.attendance_at, r.cancelled_at,
			  e.id as event_id, e.title, e.starts_at, e.place_label,
			  f.first_interview_on, f.cape_signed_on, f.cesa_signed_on,
			  (select min(s.starts_at) from slot s where f.subject is not null and s.entrepreneur_subject = f.subject
			    and s.status = 'BOOKED') as first_appointment_at
			from registration r join agenda_event e on e.id = r.event_id
			left join referral_file f on f.email_key = r.email_key
			where r.kind = 'PRESCRIBED' and r.prescriber_subject is not null
			""";

	private final JdbcClient jdbc;

	ReferralPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	ReferralPath ofPrescriber(CurrentUser prescriber, UUID registrationId) {
		return this.jdbc.sql(PATHS + " and r.id = :id and r.prescriber_subject = :subject")
			.param("id", registrationId)
			.param("subject", prescriber.subject())
			.query((rs, n) -> path(rs, List.of()))
			.optional()
			.orElseThrow(ReferralPaths::notFound);
	}

	@Transactional(readOnly = true)
	ReferralPath forStaff(UUID registrationId) {
		return this.jdbc.sql(PATHS + " and r.id = :id")
			.param("id", registrationId)
			.query(this::withOthers)
			.optional()
			.orElseThrow(ReferralPaths::notFound);
	}

	/** Every referral, the most recent first. */
	@Transactional(readOnly = true)
	List<ReferralPath> allForStaff() {
		return this.jdbc.sql(PATHS + " order by r.created_at desc, r.id").query(this::withOthers).list();
	}

	private ReferralPath withOthers(ResultSet rs, int rowNum) throws SQLException {
		List<ReferralPath.OtherReferral> others = this.jdbc.sql("""
				select distinct on (o.prescriber_subject) p.first_name, p.last_name, o.prescriber_organisation,
				  o.created_at
				from registration o left join prescriber p on p.subject = o.prescriber_subject
				where o.email_key = :emailKey and o.kind = 'PRESCRIBED' and o.prescriber_subject is not null
				  and o.prescriber_subject <> :subject
				order by o.prescriber_subject, o.created_at""")
			.param("emailKey", rs.getString("email_key"))
			.param("subject", rs.getString("prescriber_subject"))
			.query((other, n) -> new ReferralPath.OtherReferral(
					name(other.getString("first_name"), other.getString("last_name")),
					other.getString("prescriber_organisation"), other.getTimestamp("created_at").toInstant()))
			.list();
		return path(rs, others);
	}

	private static ReferralPath path(ResultSet rs, List<ReferralPath.OtherReferral> others) throws SQLException {
		String status = rs.getString("status");
		String attendance = rs.getString("attendance");
		java.time.Instant startsAt = rs.getTimestamp("starts_at").toInstant();
		ReferralPath.MeetingOutcome outcome;
		java.time.Instant outcomeAt;
		if ("CANCELLED".equals(status)) {
			outcome = ReferralPath.MeetingOutcome.CANCELLED;
			outcomeAt = (rs.getTimestamp("cancelled_at") != null) ? rs.getTimestamp("cancelled_at").toInstant()
					: rs.getTimestamp("created_at").toInstant();
		}
		else if (attendance != null) {
			outcome = "PRESENT".equals(attendance) ? ReferralPath.MeetingOutcome.ATTENDED
					: ReferralPath.MeetingOutcome.MISSED;
			outcomeAt = startsAt;
		}
		else {
			outcome = "CONFIRMED".equals(status) ? ReferralPath.MeetingOutcome.REGISTERED
					: ReferralPath.MeetingOutcome.WAITLISTED;
			outcomeAt = rs.getTimestamp("created_at").toInstant();
		}
		LocalDate interview = day(rs, "first_interview_on");
		if (interview == null && rs.getTimestamp("first_appointment_at") != null) {
			interview = rs.getTimestamp("first_appointment_at").toInstant().atZone(AgendaEvent.ZONE).toLocalDate();
		}
		return new ReferralPath(rs.getObject("id", UUID.class),
				new ReferralPath.ReferredPerson(rs.getString("first_name"), rs.getString("last_name"),
						rs.getString("email")),
				rs.getString("prescriber_organisation"), rs.getTimestamp("created_at").toInstant(),
				new ReferralPath.Meeting(rs.getObject("event_id", UUID.class), rs.getString("title"),
						startsAt.atZone(AgendaEvent.ZONE).toOffsetDateTime(), rs.getString("place_label")),
				outcome, outcomeAt.atZone(AgendaEvent.ZONE).toLocalDate(), interview, day(rs, "cape_signed_on"),
				day(rs, "cesa_signed_on"), others);
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static String name(String first, String last) {
		String name = ((first != null) ? first : "") + " " + ((last != null) ? last : "");
		return name.isBlank() ? null : name.strip();
	}

	private static ProblemException notFound() {
		return ProblemException.notFound("Cette orientation n'existe pas.");
	}

}
