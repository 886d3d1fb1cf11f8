package coop.members.showcase;

import java.util.List;
import java.util.Optional;

import coop.platform.moderation.ModerationState;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Showcases extends MongoRepository<Showcase, String> {

	Optional<Showcase> findBySlugAndPublishedTrue(String slug);

	Optional<Showcase> findFirstByFormerSlugsAndPublishedTrue(String slug);

	List<Showcase> findBySlugOrFormerSlugs(String slug, String formerSlug);

	Optional<Showcase> findFirstByOwnerSubject(String ownerSubject);

	Optional<Showcase> findFirstByLiveImageIds(String imageId);

	List<Showcase> findByModerationState(ModerationState state);

	List<Showcase> findByPublishedTrue();

}
