package coop.members.showcase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import coop.members.MembersProperties;
import coop.members.people.People;
import coop.members.people.Person;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.ShowcaseContacted;
import coop.platform.web.consent.ConsentsInForce;
import coop.platform.web.problem.ProblemException;
import coop.platform.web.problem.ProblemType;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.DiscoveryClient;
import org.springframework.stereotype.Service;

/**
 * Visitors write to an entrepreneur through their showcase: the entrepreneur's address
 * stays hidden, notification-service sends the message with Reply-To the visitor. Against
 * floods, besides the gateway's limit per address and the form's hidden field: 20
 * messages a day per showcase, 3 a day from one sender address. Only when the form showed
 * the consent text in force (events-service's {@code SHOWCASE_MESSAGE}): otherwise 409
 * {@code consent-changed} and nothing is kept or sent.
 */
@Service
class ShowcaseContact {

	static final int PER_SHOWCASE_A_DAY = 20;

	static final int PER_SENDER_A_DAY = 3;

	private static final Duration KEPT = Duration.ofDays(30);

	private final Showcases showcases;

	private final ShowcaseMessages messages;

	private final People people;

	private final MembersProperties properties;

	private final Clock clock;

	private final ConsentsInForce consents;

	ShowcaseContact(Showcases showcases, ShowcaseMessages messages, People people, MembersProperties properties,
			Clock clock, DiscoveryClient discovery) {
		this.showcases = showcases;
		this.messages = messages;
		this.people = people;
		this.properties = properties;
		this.clock = clock;
		this.consents = new ConsentsInForce(() -> discovery.getInstances(ConsentsInForce.EVENTS_SERVICE)
			.stream()
			.map(ServiceInstance::getUri)
			.toList());
	}

	String send(String slug, ShowcaseRequests.VisitorMessage request) {
		Showcase showcase = this.showcases.findBySlugAndPublishedTrue(slug)
			.orElseThrow(() -> ProblemException.notFound("Aucun entrepreneur ne présente d'activité à cette adresse."));
		Person owner = (showcase.ownerSubject() != null && showcase.live().contactForm())
				? this.people.findBySubject(showcase.ownerSubject())
					.filter((p) -> p.status() != Person.Status.DEACTIVATED)
					.orElse(null)
				: null;
		if (owner == null) {
			throw ProblemException.notFound("Cet entrepreneur ne reçoit pas de message par le site.");
		}
		int consentVersion = this.consents.check("SHOWCASE_MESSAGE", request.consentVersion());
		Instant now = this.clock.instant();
		Instant dayAgo = now.minus(Duration.ofDays(1));
		String sender = digest(request.email());
		if (this.messages.countByShowcaseIdAndReceivedAtAfter(showcase.id(), dayAgo) >= PER_SHOWCASE_A_DAY
				|| this.messages.countByShowcaseIdAndSenderDigestAndReceivedAtAfter(showcase.id(), sender,
						dayAgo) >= PER_SENDER_A_DAY) {
			throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
					"Trop de messages ont été envoyés à cet entrepreneur aujourd'hui : réessayez demain, "
							+ "ou écrivez à l'équipe de la coopérative par la page Contact.");
		}
		String id = UUID.randomUUID().toString();
		ShowcaseContacted contacted = new ShowcaseContacted(id, showcase.live().businessName(),
				ShowcaseService.pageUrl(showcase, this.properties.publicUrl()),
				new Member(owner.subject(), owner.firstName(), owner.lastName(), owner.email()), request.name().strip(),
				request.email().strip(), request.message().strip());
		this.messages.save(new ShowcaseMessage(id, showcase.id(), sender, now, consentVersion, contacted));
		this.messages.deleteByShowcaseIdAndReceivedAtBefore(showcase.id(), now.minus(KEPT));
		return "Votre message est transmis à " + showcase.live().businessName()
				+ ", qui vous répondra directement à l'adresse que vous avez indiquée.";
	}

	private static String digest(String email) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
