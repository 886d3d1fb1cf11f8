package coop.resources.search.filetext;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import coop.platform.messaging.RelayLoop;
import coop.resources.search.SearchIndexing;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Extracts texts one file at a time in the background, each with a time limit: a file
 * that takes too long is abandoned (its thread is left to finish on its own, a new one
 * takes the next file), a file that fails is recorded with its reason and tried again
 * later, so one broken PDF never blocks the files after it. Once a text is there, the
 * owner's document is indexed again. Replicas share the work through claims in
 * {@code file_texts}.
 */
@Component
class ExtractionWorker extends RelayLoop {

	private static final Log logger = LogFactory.getLog(ExtractionWorker.class);

	private final MongoTemplate mongo;

	private final FileContents contents;

	/**
	 * Lazily: the index writes file texts (through {@link FileTexts}) and is told of new
	 * ones here.
	 */
	private final ObjectProvider<SearchIndexing> indexing;

	private final ExtractionProperties properties;

	private final Clock clock;

	private final TextExtractor extractor = new TextExtractor();

	private ExecutorService parsing = newParsingThread();

	ExtractionWorker(MongoTemplate mongo, FileContents contents, ObjectProvider<SearchIndexing> indexing,
			ExtractionProperties properties, Clock clock) {
		super(Duration.ofSeconds(5));
		this.mongo = mongo;
		this.contents = contents;
		this.indexing = indexing;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected boolean relayRound() {
		FileText file = claimNext();
		if (file == null) {
			return false;
		}
		extract(file);
		return true;
	}

	private FileText claimNext() {
		Instant now = this.clock.instant();
		Query due = Query
			.query(Criteria.where("state")
				.in(FileTextState.PENDING, FileTextState.FAILED)
				.and("notBefore")
				.lte(now)
				.and("attempts")
				.lt(this.properties.maxAttempts())
				.orOperator(Criteria.where("claimedAt").is(null),
						Criteria.where("claimedAt").lt(now.minus(this.properties.timeout().multipliedBy(2)))))
			.with(Sort.by("notBefore"));
		due.fields().exclude("text");
		return this.mongo.findAndModify(due, new Update().set("claimedAt", now),
				FindAndModifyOptions.options().returnNew(true), FileText.class);
	}

	void extract(FileText file) {
		FileContents.Stored stored = this.contents.find(file.fileId());
		if (stored == null) {
			this.mongo.remove(Query.query(Criteria.where("_id").is(file.fileId())), FileText.class);
			return;
		}
		if (stored.length() > this.properties.maxFileSize().toBytes()) {
			fail(file, "le fichier dépasse " + this.properties.maxFileSize().toMegabytes() + " Mo", false);
			return;
		}
		Future<TextExtractor.Extraction> running = this.parsing.submit(() -> {
			try (InputStream content = stored.open()) {
				return this.extractor.extract(content, file.fileName(), this.properties.maxChars());
			}
		});
		try {
			TextExtractor.Extraction extraction = running.get(this.properties.timeout().toMillis(),
					TimeUnit.MILLISECONDS);
			done(file, extraction);
		}
		catch (TimeoutException ex) {
			running.cancel(true);
			// the parser may ignore the interruption: leave that thread, parse the next
			// file on a new one
			this.parsing.shutdownNow();
			this.parsing = newParsingThread();
			fail(file, "la lecture du fichier a pris plus de " + this.properties.timeout().toSeconds() + " secondes",
					true);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof TextExtractor.Failure failure) {
				fail(file, failure.getMessage(), failure.retryable());
			}
			else {
				logger.warn("Text extraction of " + file.fileId() + " failed", ex.getCause());
				fail(file, "le fichier n'a pas pu être lu", true);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void done(FileText file, TextExtractor.Extraction extraction) {
		boolean empty = extraction.text().isBlank();
		Update update = new Update().set("state", empty ? FileTextState.NO_TEXT : FileTextState.EXTRACTED)
			.set("truncated", extraction.truncated())
			.set("extractedAt", this.clock.instant())
			.unset("claimedAt")
			.unset("error");
		if (empty) {
			update.unset("text");
		}
		else {
			update.set("text", extraction.text());
		}
		if (updateClaimed(file, update)) {
			this.indexing.getObject().refresh(file.ownerKind(), file.ownerId());
		}
	}

	private void fail(FileText file, String reason, boolean retryable) {
		int attempts = retryable ? file.attempts() + 1 : this.properties.maxAttempts();
		Duration delay = this.properties.retryDelay().multipliedBy(1L << Math.min(10, file.attempts()));
		logger.info("Text of file " + file.fileId() + " (" + file.fileName() + ") not extracted: " + reason);
		updateClaimed(file,
				new Update().set("state", FileTextState.FAILED)
					.set("attempts", attempts)
					.set("error", reason)
					.set("notBefore", this.clock.instant().plus(delay))
					.unset("claimedAt"));
	}

	/** Applies the outcome unless the file was replaced (requested again) meanwhile. */
	private boolean updateClaimed(FileText file, Update update) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(file.fileId()).and("claimedAt").is(file.claimedAt())),
					update, FileText.class)
			.getModifiedCount() > 0;
	}

	boolean willRetry(FileText file) {
		return file.state() == FileTextState.FAILED && file.attempts() < this.properties.maxAttempts();
	}

	private static ExecutorService newParsingThread() {
		return Executors.newSingleThreadExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "text-extraction");
			thread.setDaemon(true);
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
	}

}
