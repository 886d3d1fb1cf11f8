package coop.members.coach;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CoachProfiles extends MongoRepository<CoachProfile, String> {

	List<CoachProfile> findByConsentedAtNotNull();

	Optional<CoachProfile> findFirstByPhotoId(String photoId);

}
