package coop.members.cooperative;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface CooperativeSettings extends MongoRepository<Cooperative, String> {

}
