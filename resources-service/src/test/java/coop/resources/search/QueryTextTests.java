package coop.resources.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void frenchWordsStayAsTyped() {
		assertThat(QueryText.clean("  l'entreprise   coopérative d’activités "))
			.isEqualTo("l'entreprise coopérative d’activités");
		assertThat(QueryText.clean("entrepreneur-salarié")).isEqualTo("entrepreneur-salarié");
		assertThat(QueryText.clean("\"prix de revient\" marge")).isEqualTo("\"prix de revient\" marge");
	}

	@Test
	void solrSyntaxBecomesWords() {
		assertThat(QueryText.clean("*:*")).isEmpty();
		assertThat(QueryText.clean("{!lucene}visibility:members")).isEqualTo("lucene visibility members");
		assertThat(QueryText.clean("title:prix^10 OR [* TO *]")).isEqualTo("title prix 10 OR TO");
		assertThat(QueryText.clean("-marge +prix")).isEqualTo("marge prix");
		assertThat(QueryText.clean("\"prix")).isEqualTo("prix");
		assertThat(QueryText.clean("(marge")).isEqualTo("marge");
	}

	@Test
	void controlAndInvisibleCharactersGo() {
		assertThat(QueryText.clean("prix\u0000\u0007\u001b[31m\u202e\u200b")).isEqualTo("prix 31m");
		assertThat(QueryText.clean(null)).isEmpty();
	}

}
