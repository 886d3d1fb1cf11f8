package coop.dashboard.activity;

import coop.dashboard.people.PeopleDirectory;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whose figures a caller may read or type: an entrepreneur their own, a coach those of
 * the entrepreneurs they follow, staff those of the antennas they manage (head office:
 * all). Decided by the token's subject and the directory, never by the caller's word; a
 * dashboard one may not read is answered as if it did not exist.
 */
@Component
public class EntrepreneurAccess {

	private final PeopleDirectory directory;

	private final String headOffice;

	EntrepreneurAccess(PeopleDirectory directory, @Value("${coop.head-office-antenna:seynod}") String headOffice) {
		this.directory = directory;
		this.headOffice = headOffice;
	}

	/**
	 * The entrepreneur whose figures the caller may read, or 404.
	 */
	public PeopleDirectory.Entry readable(CurrentUser user, String subject) {
		return this.directory.find(subject)
			.filter((entry) -> Roles.ENTREPRENEUR.equals(entry.role()))
			.filter((entry) -> mayRead(user, entry))
			.orElseThrow(() -> ProblemException.notFound("Ce tableau de bord n'existe pas."));
	}

	private boolean mayRead(CurrentUser user, PeopleDirectory.Entry entrepreneur) {
		if (user.subject().equals(entrepreneur.subject())) {
			return true;
		}
		if (user.hasRole(Roles.COACH) && user.subject().equals(entrepreneur.coach())) {
			return true;
		}
		return user.managesAntenna(entrepreneur.antenna(), this.headOffice);
	}

}
