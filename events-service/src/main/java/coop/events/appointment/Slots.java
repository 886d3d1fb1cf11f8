package coop.events.appointment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Slots extends JpaRepository<Slot, UUID> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Slot s where s.id = :id")
	Optional<Slot> findForUpdate(UUID id);

	@Query("select s from Slot s where s.status = coop.events.appointment.Slot.Status.OPEN and s.startsAt > :from"
			+ " and s.startsAt < :to and (:coach is null or s.coachSubject = :coach) order by s.startsAt")
	List<Slot> findOpen(Instant from, Instant to, String coach);

	List<Slot> findByEntrepreneurSubjectAndStatusOrderByStartsAt(String subject, Slot.Status status);

	List<Slot> findByCoachSubjectAndStartsAtAfterOrderByStartsAt(String coach, Instant after);

	List<Slot> findByEntrepreneurSubjectOrderByStartsAt(String subject);

	List<Slot> findByCoachSubjectOrderByStartsAt(String coach);

	/** A person's appointments to come, found by their subject or their address. */
	@Query("select s from Slot s where s.status = coop.events.appointment.Slot.Status.BOOKED and s.startsAt > :now"
			+ " and (s.entrepreneurSubject = :subject or lower(s.entrepreneurEmail) = :emailKey)")
	List<Slot> findComingOf(String subject, String emailKey, Instant now);

}
