package coop.members.retention;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RetentionRuns extends MongoRepository<RetentionRun, String> {

	List<RetentionRun> findTop100ByOrderByRanAtDesc();

	long deleteByRanAtBefore(Instant before);

}
