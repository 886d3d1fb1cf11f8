package coop.members.showcase;

import java.time.Instant;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ShowcaseMessages extends MongoRepository<ShowcaseMessage, String> {

	long countByShowcaseIdAndReceivedAtAfter(String showcaseId, Instant after);

	long countByShowcaseIdAndSenderDigestAndReceivedAtAfter(String showcaseId, String senderDigest, Instant after);

	void deleteByShowcaseIdAndReceivedAtBefore(String showcaseId, Instant before);

}
