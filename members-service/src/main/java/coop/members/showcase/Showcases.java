package coop.members.showcase;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Showcases extends MongoRepository<Showcase, String> {

	Page<Showcase> findByPublishedTrue(Pageable pageable);

	Page<Showcase> findByPublishedTrueAndSector(Sector sector, Pageable pageable);

	Optional<Showcase> findBySlugAndPublishedTrue(String slug);

	Optional<Showcase> findFirstByOwnerSubject(String ownerSubject);

}
