package coop.resources.search;

import java.util.Set;

import coop.platform.web.security.CurrentUser;
import coop.platform.web.security.Roles;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * Who is searching, and the filter that keeps to what they may read. The filter goes into
 * the Solr query itself ({@code fq}), so totals, facets, pages and spelling suggestions
 * never count a document the reader may not see.
 *
 * @param subject the Keycloak subject, {@code null} for a visitor
 * @param member an entrepreneur, coach or staff (prescribers and funders read what is
 * public, like visitors)
 * @param coachSpace a coach or staff: the coaches' kit and space
 */
public record Reader(String subject, boolean member, boolean coachSpace) {

	public static final Reader VISITOR = new Reader(null, false, false);

	public static Reader of(CurrentUser user) {
		if (user == null || user.subject() == null) {
			return VISITOR;
		}
		boolean coachSpace = user.hasRole(Roles.COACH) || user.hasRole(Roles.STAFF);
		boolean member = coachSpace || user.hasRole(Roles.ENTREPRENEUR);
		return new Reader(user.subject(), member, coachSpace);
	}

	/** Visibilities readable by everyone with this role, once published. */
	Set<Visibility> visibilities() {
		if (this.coachSpace) {
			return Set.of(Visibility.PUBLIC, Visibility.MEMBERS, Visibility.COACHES);
		}
		return this.member ? Set.of(Visibility.PUBLIC, Visibility.MEMBERS) : Set.of(Visibility.PUBLIC);
	}

	/**
	 * The Lucene filter: published documents of a readable visibility; personal published
	 * ones of the people this reader coaches; and the reader's own documents in any
	 * status but hidden.
	 */
	String filter() {
		String published = "status:" + Status.PUBLISHED.wire();
		String readable = published + " AND visibility:("
				+ String.join(" OR ", Visibility.valuesInOrder(visibilities()).stream().map(Visibility::wire).toList())
				+ ")";
		if (this.subject == null) {
			return readable;
		}
		String subjectTerm = ClientUtils.escapeQueryChars(this.subject);
		return "(" + readable + ") OR (" + published + " AND visibility:" + Visibility.PERSONAL.wire() + " AND coach:"
				+ subjectTerm + ") OR (owner:" + subjectTerm + " AND -status:" + Status.HIDDEN.wire() + ")";
	}

}
