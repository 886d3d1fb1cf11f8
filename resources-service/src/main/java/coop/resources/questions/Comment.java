package coop.resources.questions;

import java.time.Instant;

import coop.platform.moderation.Moderation;

/**
 * A short remark under a question or an answer (plain text).
 */
record Comment(String id, String body, Author author, Instant at, Moderation moderation) {

	Comment withModeration(Moderation next) {
		return new Comment(this.id, this.body, this.author, this.at, next);
	}

}
