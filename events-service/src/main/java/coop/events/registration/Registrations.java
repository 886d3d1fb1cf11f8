package coop.events.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Registrations extends JpaRepository<Registration, UUID> {

	long countByEventIdAndStatus(UUID eventId, Registration.Status status);

	long countByEventIdAndStatusIn(UUID eventId, Collection<Registration.Status> statuses);

	boolean existsByEventIdAndEmailKeyAndStatusNot(UUID eventId, String emailKey, Registration.Status status);

	Optional<Registration> findFirstByEventIdAndSubjectAndStatusNot(UUID eventId, String subject,
			Registration.Status status);

	List<Registration> findByEventIdAndStatus(UUID eventId, Registration.Status status);

	List<Registration> findByEventIdAndStatusOrderByCreatedAtAscIdAsc(UUID eventId, Registration.Status status);

	List<Registration> findByEventIdAndStatusInOrderByLastNameAscFirstNameAsc(UUID eventId,
			Collection<Registration.Status> statuses);

	List<Registration> findByEventIdOrderByCreatedAtAsc(UUID eventId);

	List<Registration> findBySubjectOrderByCreatedAtDesc(String subject);

	List<Registration> findByPrescriberSubjectOrderByCreatedAtDesc(String prescriberSubject);

	/** A person's registrations, found by their subject or their address. */
	@Query("select r from Registration r where r.subject = :subject or r.emailKey = :emailKey")
	List<Registration> findOfPerson(String subject, String emailKey);

	@Query("select r from Registration r where r.status = coop.events.registration.Registration.Status.OFFERED"
			+ " and r.offerExpiresAt <= :now order by r.offerExpiresAt")
	List<Registration> findOffersDue(Instant now);

	/** Position on the waiting list: how many wait before this person, plus one. */
	@Query("select count(r) + 1 from Registration r where r.eventId = :eventId"
			+ " and r.status = coop.events.registration.Registration.Status.WAITLISTED and (r.createdAt < :createdAt"
			+ " or (r.createdAt = :createdAt and r.id < :id))")
	long positionOf(UUID eventId, Instant createdAt, UUID id);

}
