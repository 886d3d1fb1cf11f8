package coop.members.antenna;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface Antennas extends MongoRepository<Antenna, String> {

}
