package coop.dashboard.portfolio;

import java.util.List;
import java.util.Set;

import coop.dashboard.people.PeopleDirectory;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A coach's portfolio (the entrepreneurs they follow), staff's (the entrepreneurs of the
 * antennas they manage), both sorted by alerts; the thresholds, set by head-office staff.
 */
@RestController
class PortfolioController {

	private final Alerts alerts;

	private final PeopleDirectory directory;

	private final AlertSettings.Store settings;

	private final Validator validator;

	private final String headOffice;

	PortfolioController(Alerts alerts, PeopleDirectory directory, AlertSettings.Store settings, Validator validator,
			@Value("${coop.head-office-antenna:seynod}") String headOffice) {
		this.validator = validator;
		this.alerts = alerts;
		this.directory = directory;
		this.settings = settings;
		this.headOffice = headOffice;
	}

	@GetMapping("/api/dashboard/coach/entrepreneurs")
	List<PortfolioEntry> coach(CurrentUser coach) {
		return this.alerts.portfolio(this.directory.followedBy(coach.subject()));
	}

	@GetMapping("/api/dashboard/staff/entrepreneurs")
	List<PortfolioEntry> staff(CurrentUser staff) {
		return this.alerts.portfolio(this.directory.entrepreneurs()
			.stream()
			.filter((person) -> staff.managesAntenna(person.antenna(), this.headOffice))
			.toList());
	}

	@GetMapping("/api/dashboard/alert-settings")
	AlertSettings current() {
		return this.settings.current();
	}

	@PutMapping("/api/dashboard/alert-settings")
	AlertSettings change(CurrentUser staff, @RequestBody AlertSettings changed) {
		if (!staff.managesEveryAntenna(this.headOffice)) {
			throw ProblemException.forbidden(
					"Les seuils d'alerte valent pour toute la coopérative : seule l'équipe " + "du siège les change.");
		}
		// validated after the permission: antenna staff learn nothing from the
		// thresholds' rules
		Set<ConstraintViolation<AlertSettings>> violations = this.validator.validate(changed);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		this.settings.save(changed);
		return this.settings.current();
	}

}
