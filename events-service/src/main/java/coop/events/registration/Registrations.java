package coop.events.registration;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Registrations extends JpaRepository<Registration, UUID> {

	long countByEventIdAndStatus(UUID eventId, Registration.Status status);

	boolean existsByEventIdAndEmailKeyAndStatusNot(UUID eventId, String emailKey, Registration.Status status);

}
