package coop.resources.search;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import coop.platform.test.Eventually;
import coop.resources.search.SearchDocument.Access;
import coop.resources.search.filetext.FileTextState;
import coop.resources.search.filetext.FileTextStatus;
import coop.resources.search.filetext.FileTexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words found only inside files: Tika extracts the text of each format in the background,
 * the document is indexed again with it, and results say in which file the passage is. A
 * broken file fails with its reason and does not hold back the next one; a scanned PDF
 * says « texte non extrait ».
 */
class FileTextIT extends SearchTestBase {

	@Autowired
	FileTexts fileTexts;

	@Autowired
	GridFsTemplate gridFs;

	@Test
	void wordsOnlyInsideFilesAreFoundWithTheFileNameAndBrokenFilesDoNotBlockTheOthers() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		// the broken one first: the files after it must still be read
		files.put("abime.pdf", TestFiles.brokenPdf());
		files.put("scan.pdf", TestFiles.scannedPdf());
		files.put("guide.pdf", TestFiles.pdf("Le mot quinconcepdf figure dans ce guide."));
		files.put("livret.docx", TestFiles.docx("Le mot quinconcedocx figure dans ce livret."));
		files.put("suivi.xlsx", TestFiles.xlsx("quinconcexlsx"));
		files.put("atelier.pptx", TestFiles.pptx("quinconcepptx"));
		files.put("compte-rendu.odt", TestFiles.odt("quinconceodt"));
		files.put("budget.ods", TestFiles.ods("quinconceods"));
		files.put("support.odp", TestFiles.odp("quinconceodp"));
		files.put("lettre.rtf", TestFiles.rtf("quinconcertf"));
		files.put("page.html", TestFiles.html("quinconcehtml"));
		files.put("notes.txt", TestFiles.text("quinconcetxt"));
		files.put("trop-gros.txt", new byte[3 * 1024 * 1024]);

		String sourceId = this.run + "-kit";
		SearchDocument.Builder builder = SearchDocument
			.builder(SearchKind.PAGE, sourceId, Access.of(Visibility.MEMBERS, Status.PUBLISHED))
			.title("Kit de l'entrepreneur")
			.sectors(List.of(this.run));
		Map<String, String> ids = new LinkedHashMap<>();
		files.forEach((name, bytes) -> {
			String id = this.gridFs.store(new ByteArrayInputStream(bytes), name).toHexString();
			ids.put(name, id);
			builder.file(id, name);
		});
		this.indexing.keepCopy(builder.build());
		ids.forEach((name, id) -> this.fileTexts.request(id, name, SearchKind.PAGE, sourceId));

		List<String> order = new ArrayList<>(ids.values());
		List<FileTextStatus> statuses = Eventually.await(() -> this.fileTexts.statusOf(order),
				(all) -> all.stream().noneMatch((status) -> status.state() == FileTextState.PENDING),
				Duration.ofSeconds(90));
		Map<String, FileTextStatus> byName = new LinkedHashMap<>();
		statuses.forEach((status) -> byName.put(status.fileName(), status));

		assertThat(byName.get("abime.pdf").state()).isEqualTo(FileTextState.FAILED);
		assertThat(byName.get("abime.pdf").message()).startsWith("Texte non extrait : le fichier est endommagé")
			.contains("Nouvel essai le");
		assertThat(byName.get("scan.pdf").state()).isEqualTo(FileTextState.NO_TEXT);
		assertThat(byName.get("scan.pdf").message()).startsWith("Texte non extrait");
		assertThat(byName.get("trop-gros.txt").state()).isEqualTo(FileTextState.FAILED);
		assertThat(byName.get("trop-gros.txt").message()).contains("dépasse 2 Mo");
		assertThat(byName.get("trop-gros.txt").nextAttemptAt()).isNull();
		Map<String, String> texts = this.fileTexts.textsOf(ids.values());
		for (String format : List.of("pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "rtf", "html", "txt")) {
			assertThat(texts.values()).as(format).anyMatch((text) -> text.contains("quinconce" + format));
		}
		assertThat(texts.values()).noneMatch((text) -> text.contains("scriptword"));

		Reader member = new Reader("someone", true, false);
		for (Map.Entry<String, String> word : Map
			.of("quinconcepdf", "guide.pdf", "quinconcedocx", "livret.docx", "quinconcexlsx", "suivi.xlsx")
			.entrySet()) {
			SearchResults results = Eventually.await(() -> find(member, word.getKey()), (found) -> found.total() == 1,
					Duration.ofSeconds(20));
			SearchResults.Passage passage = results.items().get(0).passages().get(0);
			assertThat(passage.field()).isEqualTo("file");
			assertThat(passage.fileName()).isEqualTo(word.getValue());
			assertThat(passage.html()).contains("<mark>" + word.getKey() + "</mark>");
		}
		assertThat(find(Reader.VISITOR, "quinconcepdf").total()).isZero();

		this.indexing.dropCopy(SearchKind.PAGE, sourceId);
		ids.values().forEach(this.fileTexts::forget);
	}

}
