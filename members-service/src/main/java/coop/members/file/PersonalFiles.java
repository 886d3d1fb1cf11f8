package coop.members.file;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PersonalFiles extends MongoRepository<PersonalFile, String> {

	boolean existsByAnalyticalCodeAndSubjectNot(String analyticalCode, String subject);

}
