package coop.platform.messaging.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import coop.platform.contracts.privacy.PrivacyAnswered;
import coop.platform.messaging.mongo.HasOutbox;
import coop.platform.messaging.mongo.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service's answer to one privacy request ({@code _id} the request's id and kind),
 * carrying the {@code privacy.request.answered} message in its outbox: MongoDB has no
 * transaction over several documents, so the answer is a document of its own, written
 * once, and a request handled again finds it and answers nothing more. Once the message
 * is relayed the document holds no personal data (ids, counts and dates only).
 */
@Document(PrivacyAnswerDocument.COLLECTION)
class PrivacyAnswerDocument implements HasOutbox {

	static final String COLLECTION = "privacy_answers";

	@Id
	private String id;

	private int deleted;

	private int anonymised;

	private Instant answeredAt;

	private List<OutboxEntry> outbox = new ArrayList<>();

	protected PrivacyAnswerDocument() {
	}

	PrivacyAnswerDocument(PrivacyAnswered answer) {
		this.id = idOf(answer.requestId().toString(), answer.kind().name());
		this.deleted = answer.deleted();
		this.anonymised = answer.anonymised();
		this.answeredAt = answer.answeredAt();
		this.outbox.add(OutboxEntry.of(answer, answer.answeredAt()));
	}

	static String idOf(String requestId, String kind) {
		return requestId + ":" + kind;
	}

	@Override
	public List<OutboxEntry> outbox() {
		return this.outbox;
	}

}
