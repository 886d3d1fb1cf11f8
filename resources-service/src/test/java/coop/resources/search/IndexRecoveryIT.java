package coop.resources.search;

import java.time.Duration;
import java.util.List;

import coop.platform.test.Eventually;
import coop.resources.search.SearchDocument.Access;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test of Solr (a Solr of the test's own, stopped and started again): the index
 * always comes back to what the stores hold: changes made while Solr is down reach it
 * once Solr is back, a wiped index is rebuilt by the reindex while search keeps
 * answering, and the consistency check sees and repairs differences.
 */
class IndexRecoveryIT extends SearchTestBase {

	@Autowired
	Reindex reindex;

	@Autowired
	ConsistencyCheck consistency;

	SearchDocument showcase(String name, String title) {
		return SearchDocument.builder(SearchKind.SHOWCASE, this.run + "-" + name, Access.everyone())
			.title(title)
			.sectors(List.of(this.run))
			.build();
	}

	@Test
	void changesMadeWhileSolrIsDownReachTheIndexOnceItIsBack() {
		this.indexing.keepCopy(showcase("stays", "Menuiserie du lac"));
		this.indexing.keepCopy(showcase("changes", "Poterie des Aravis"));
		this.indexing.keepCopy(showcase("goes", "Couture de Seynod"));
		awaitIndexed(3);

		solr.stop();
		try {
			client().get()
				.uri("/api/resources/public/search?q=poterie")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://coopemploi.com/problems/search-unavailable")
				.jsonPath("$.detail")
				.value((detail) -> assertThat((String) detail).contains("momentanément indisponible"));
			client().get().uri("/actuator/health").exchange().expectStatus().isOk();
			// the rest of the service works: the resource centre and its lists come from
			// MongoDB
			client().get().uri("/api/resources/public/resources").exchange().expectStatus().isOk();
			client().get().uri("/api/resources/public/centre").exchange().expectStatus().isOk();
			this.indexing.keepCopy(showcase("changes", "Céramique des Aravis"));
			this.indexing.dropCopy(SearchKind.SHOWCASE, this.run + "-goes");
			for (int i = 0; i < 20; i++) {
				this.indexing.keepCopy(showcase("new-" + i, "Nouvelle vitrine " + i));
			}
			Eventually.pause(Duration.ofSeconds(2));
		}
		finally {
			solr.start();
		}

		awaitIndexed(22);
		assertThat(find(Reader.VISITOR, "céramique").items()).extracting(SearchResults.Hit::id)
			.containsExactly("showcase:" + this.run + "-changes");
		assertThat(find(Reader.VISITOR, "poterie").total()).isZero();
		assertThat(find(Reader.VISITOR, "couture").total()).isZero();
		assertThat(find(Reader.VISITOR, "vitrine").total()).isEqualTo(20);
		cleanUp();
	}

	@Test
	void theReindexRebuildsAWipedIndexWhileSearchKeepsAnswering() {
		this.indexing.keepCopy(showcase("one", "Ébénisterie d'art"));
		this.indexing.keepCopy(showcase("two", "Ébénisterie contemporaine"));
		// written to the index but in no store: the reindex sweeps it away
		this.indexing.changed(showcase("orphan", "Ébénisterie fantôme"));
		awaitIndexed(3);

		this.index.deleteAll();
		assertThat(indexedCount()).isZero();
		ConsistencyCheck.Report wiped = this.consistency.check(false);
		assertThat(wiped.consistent()).isFalse();
		assertThat(kind(wiped, "showcase").missingIds()).isNotEmpty();

		this.indexing.changed(showcase("orphan", "Ébénisterie fantôme"));
		awaitIndexed(1);
		Reindex.Progress started = this.reindex.start("camille.staff");
		assertThat(started.status()).isEqualTo("running");
		// search answers during the run
		find(Reader.VISITOR, "ébénisterie");
		Reindex.Progress done = Eventually.await(this.reindex::progress,
				(progress) -> !progress.status().equals("running"), Duration.ofSeconds(60));
		assertThat(done.status()).isEqualTo("done");
		assertThat(done.done()).isEqualTo(done.total()).isGreaterThanOrEqualTo(2);

		awaitIndexed(2);
		assertThat(find(Reader.VISITOR, "ébénisterie").items()).extracting(SearchResults.Hit::id)
			.containsExactlyInAnyOrder("showcase:" + this.run + "-one", "showcase:" + this.run + "-two");
		ConsistencyCheck.Report after = this.consistency.check(false);
		assertThat(kind(after, "showcase").missing()).isZero();
		assertThat(kind(after, "showcase").extra()).isZero();
		cleanUp();
	}

	@Test
	void theConsistencyCheckRepairsWhatDiffers() {
		this.indexing.keepCopy(showcase("kept", "Tapisserie de Thônes"));
		awaitIndexed(1);
		this.index.write(List.of(), List.of("showcase:" + this.run + "-kept"));
		awaitIndexed(0);

		ConsistencyCheck.Report report = this.consistency.check(true);
		assertThat(kind(report, "showcase").missingIds()).contains("showcase:" + this.run + "-kept");
		awaitIndexed(1);
		cleanUp();
	}

	private static ConsistencyCheck.KindReport kind(ConsistencyCheck.Report report, String kind) {
		return report.kinds().stream().filter((k) -> k.kind().equals(kind)).findFirst().orElseThrow();
	}

	/** Copies of this run go, so later runs' checks count only theirs. */
	private void cleanUp() {
		this.indexing.sources()
			.get(SearchKind.SHOWCASE)
			.all()
			.filter((document) -> document.sourceId().startsWith(this.run))
			.toList()
			.forEach((document) -> this.indexing.dropCopy(SearchKind.SHOWCASE, document.sourceId()));
	}

}
