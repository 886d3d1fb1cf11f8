package coop.members.organisation;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Organisations extends MongoRepository<Organisation, String> {

}
