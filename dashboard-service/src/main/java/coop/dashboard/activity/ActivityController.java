package coop.dashboard.activity;

import coop.dashboard.people.PeopleDirectory;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dashboards, each readable only by its owner, the coach who follows them and staff.
 * Whose dashboard is decided by the token's subject and the directory, never by the
 * caller's word: an entrepreneur never reads another's, and a dashboard one may not read
 * is answered as if it did not exist.
 */
@RestController
class ActivityController {

	private final ActivityQuery activity;

	private final PeopleDirectory directory;

	private final String headOffice;

	ActivityController(ActivityQuery activity, PeopleDirectory directory,
			@Value("${coop.head-office-antenna:seynod}") String headOffice) {
		this.activity = activity;
		this.directory = directory;
		this.headOffice = headOffice;
	}

	@GetMapping("/api/dashboard/me")
	ActivityDashboard mine(CurrentUser user) {
		return this.activity.dashboardOf(user.subject());
	}

	@GetMapping("/api/dashboard/entrepreneurs/{subject}")
	ActivityDashboard of(CurrentUser user, @PathVariable String subject) {
		PeopleDirectory.Entry person = this.directory.find(subject)
			.filter((entry) -> Roles.ENTREPRENEUR.equals(entry.role()))
			.filter((entry) -> mayRead(user, entry))
			.orElseThrow(() -> ProblemException.notFound("Ce tableau de bord n'existe pas."));
		return this.activity.dashboardOf(person.subject());
	}

	private boolean mayRead(CurrentUser user, PeopleDirectory.Entry entrepreneur) {
		if (user.hasRole(Roles.COACH) && user.subject().equals(entrepreneur.coach())) {
			return true;
		}
		return user.managesAntenna(entrepreneur.antenna(), this.headOffice);
	}

}
