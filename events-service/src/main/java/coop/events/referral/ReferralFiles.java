package coop.events.referral;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Locale;

import coop.events.registration.ReferralOutcomes;
import coop.platform.contracts.events.ReferralProgressed.Outcome;
import coop.platform.contracts.members.PersonalFileChanged;
import coop.platform.contracts.members.PersonalFileChanged.Milestone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The copy of the personal files' journey dates (table {@code referral_file}), by e-mail
 * address: the first interview, the CAPE's and the CESA's first days (the agreement's
 * dates, else the milestones'). A newly signed agreement is told to the prescribers who
 * referred the person.
 */
@Component
class ReferralFiles {

	private final JdbcClient jdbc;

	private final ReferralOutcomes outcomes;

	ReferralFiles(JdbcClient jdbc, ReferralOutcomes outcomes) {
		this.jdbc = jdbc;
		this.outcomes = outcomes;
	}

	@Transactional
	void keep(PersonalFileChanged changed) {
		if (changed.email() == null || changed.email().isBlank() || changed.changedAt() == null) {
			return;
		}
		String emailKey = changed.email().strip().toLowerCase(Locale.ROOT);
		LocalDate interview = reached(changed, Milestone.FIRST_INTERVIEW);
		LocalDate cape = (changed.agreement() != null && changed.agreement().capeStartsOn() != null)
				? changed.agreement().capeStartsOn() : reached(changed, Milestone.CAPE_SIGNED);
		LocalDate cesa = (changed.agreement() != null && changed.agreement().cesaStartsOn() != null)
				? changed.agreement().cesaStartsOn() : reached(changed, Milestone.CESA_SIGNED);
		int kept = this.jdbc.sql("""
				insert into referral_file (email_key, subject, first_interview_on, cape_signed_on, cesa_signed_on,
				  changed_at)
				values (:emailKey, :subject, :interview, :cape, :cesa, :changedAt)
				on conflict (email_key) do update set subject = excluded.subject,
				  first_interview_on = excluded.first_interview_on, cape_signed_on = excluded.cape_signed_on,
				  cesa_signed_on = excluded.cesa_signed_on, changed_at = excluded.changed_at
				where referral_file.changed_at < excluded.changed_at""")
			.param("emailKey", emailKey)
			.param("subject", changed.subject())
			.param("interview", date(interview))
			.param("cape", date(cape))
			.param("cesa", date(cesa))
			.param("changedAt", Timestamp.from(changed.changedAt()))
			.update();
		if (kept == 0) {
			// an older state than the one kept
			return;
		}
		if (cape != null) {
			this.outcomes.signed(emailKey, Outcome.CAPE_SIGNED, cape);
		}
		if (cesa != null) {
			this.outcomes.signed(emailKey, Outcome.CESA_SIGNED, cesa);
		}
	}

	private static LocalDate reached(PersonalFileChanged changed, Milestone milestone) {
		if (changed.milestones() == null) {
			return null;
		}
		return changed.milestones()
			.stream()
			.filter((m) -> m.milestone() == milestone)
			.map(PersonalFileChanged.ReachedMilestone::reachedOn)
			.findFirst()
			.orElse(null);
	}

	private static Date date(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

}
