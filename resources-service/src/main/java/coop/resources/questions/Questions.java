package coop.resources.questions;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Questions extends MongoRepository<Question, String> {

}
