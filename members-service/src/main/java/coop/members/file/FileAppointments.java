package coop.members.file;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface FileAppointments extends MongoRepository<FileAppointment, String> {

	List<FileAppointment> findBySubjectOrderByStartsAtDesc(String subject);

}
