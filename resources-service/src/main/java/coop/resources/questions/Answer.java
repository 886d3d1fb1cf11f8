package coop.resources.questions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import coop.platform.moderation.Moderation;

/**
 * An answer to a question (Markdown), with its upvotes (subjects) and comments.
 */
record Answer(String id, String body, Author author, Instant at, Instant changedAt, Moderation moderation,
		List<String> votes, List<Comment> comments) {

	Answer {
		votes = (votes != null) ? List.copyOf(votes) : List.of();
		comments = (comments != null) ? List.copyOf(comments) : List.of();
	}

	Answer edited(String body, Moderation next, Instant at) {
		return new Answer(this.id, body, this.author, this.at, at, next, this.votes, this.comments);
	}

	Answer withModeration(Moderation next) {
		return new Answer(this.id, this.body, this.author, this.at, this.changedAt, next, this.votes, this.comments);
	}

	Answer withVotes(List<String> next) {
		return new Answer(this.id, this.body, this.author, this.at, this.changedAt, this.moderation, next,
				this.comments);
	}

	Answer withComment(Comment comment) {
		List<Comment> next = new ArrayList<>(this.comments);
		next.add(comment);
		return new Answer(this.id, this.body, this.author, this.at, this.changedAt, this.moderation, this.votes, next);
	}

	Answer withComments(List<Comment> next) {
		return new Answer(this.id, this.body, this.author, this.at, this.changedAt, this.moderation, this.votes, next);
	}

	boolean live() {
		return this.moderation.isLive();
	}

}
