package coop.resources.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import coop.platform.web.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's care of the search engine: rebuild the index (with progress), compare it with
 * the stores, edit the synonyms. Staff only ({@code ResourcesSecurity}).
 */
@RestController
class SearchAdminController {

	private final Reindex reindex;

	private final ConsistencyCheck consistency;

	private final Synonyms synonyms;

	SearchAdminController(Reindex reindex, ConsistencyCheck consistency, Synonyms synonyms) {
		this.reindex = reindex;
		this.consistency = consistency;
		this.synonyms = synonyms;
	}

	@PostMapping("/api/resources/search/reindex")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ReindexProgress startReindex(CurrentUser user) {
		return ReindexProgress.of(this.reindex.start(user.username()));
	}

	@GetMapping("/api/resources/search/reindex")
	ReindexProgress reindexProgress() {
		return ReindexProgress.of(this.reindex.progress());
	}

	@GetMapping("/api/resources/search/consistency")
	ConsistencyCheck.Report consistency() {
		return this.consistency.check(false);
	}

	/** The same comparison, then the differences queued for repair. */
	@PostMapping("/api/resources/search/consistency")
	ConsistencyCheck.Report repair(@RequestParam(defaultValue = "true") boolean repair) {
		return this.consistency.check(repair);
	}

	@GetMapping("/api/resources/search/synonyms")
	SynonymList synonyms() {
		Synonyms.Stored stored = this.synonyms.stored();
		return new SynonymList(stored.groups(), stored.changedAt(), stored.changedBy(), null);
	}

	@PutMapping("/api/resources/search/synonyms")
	SynonymList replaceSynonyms(CurrentUser user, @Valid @RequestBody SynonymList request) {
		boolean applied = this.synonyms.replace(request.groups(), user.username());
		Synonyms.Stored stored = this.synonyms.stored();
		return new SynonymList(stored.groups(), stored.changedAt(), stored.changedBy(), applied
				? "Synonymes enregistrés et appliqués à la recherche."
				: "Synonymes enregistrés. Le moteur de recherche est injoignable : ils s'appliqueront dès son retour.");
	}

	/**
	 * @param message what happened, in French (answers to a change only)
	 */
	record SynonymList(
			@NotNull(message = "Indiquez la liste des synonymes.") @Size(max = 500,
					message = "500 groupes au plus.") List<@Valid @NotNull SynonymGroup> groups,
			@Nullable Instant changedAt, @Nullable String changedBy, @Nullable String message) {
	}

	/**
	 * @param status {@code idle}, {@code running}, {@code done} or {@code failed}
	 * @param total documents to write; {@code done} written so far
	 * @param kinds documents to write per kind
	 */
	record ReindexProgress(String status, @Nullable Instant startedAt, @Nullable Instant finishedAt,
			@Nullable String startedBy, long total, long done, Map<String, Long> kinds, @Nullable String message) {

		static ReindexProgress of(Reindex.Progress progress) {
			return new ReindexProgress(progress.status(), progress.startedAt(), progress.finishedAt(),
					progress.startedBy(), progress.total(), progress.done(),
					(progress.kinds() != null) ? progress.kinds() : Map.of(), progress.message());
		}

	}

}
