package coop.members.privacy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PrivacyRequests extends MongoRepository<PrivacyRequest, String> {

	List<PrivacyRequest> findByEmailAndStatusIn(String email, Collection<PrivacyRequest.RequestStatus> statuses);

	List<PrivacyRequest> findByEmail(String email);

	List<PrivacyRequest> findBySubjectOrderByRequestedAtDesc(String subject);

	List<PrivacyRequest> findByStatusAndDueAtLessThanEqual(PrivacyRequest.RequestStatus status, Instant now);

	List<PrivacyRequest> findByStatus(PrivacyRequest.RequestStatus status);

	List<PrivacyRequest> findByArchiveExpiresAtLessThanEqualAndArchiveIdNotNull(Instant now);

	Optional<PrivacyRequest> findByTokenDigest(String tokenDigest);

	List<PrivacyRequest> findTop200ByOrderByRequestedAtDesc();

}
