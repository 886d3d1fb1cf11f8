package coop.members.file;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AttendedWorkshops extends MongoRepository<AttendedWorkshop, String> {

	List<AttendedWorkshop> findBySubjectOrderByStartsAtDesc(String subject);

}
