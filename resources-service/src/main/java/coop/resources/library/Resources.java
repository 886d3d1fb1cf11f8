package coop.resources.library;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Resources extends MongoRepository<Resource, String> {

}
