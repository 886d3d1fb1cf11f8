package coop.resources.library;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import coop.platform.messaging.cooperative.Cooperative;

/**
 * Someone's copy of an online template as a PDF (OpenPDF): its title and owner, then each
 * section with its questions and answers, and the comments left on it.
 */
final class ToolPdf {

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
			Locale.FRENCH);

	private static final Font QUESTION = new Font(Font.HELVETICA, 11, Font.BOLD);

	private static final Font TEXT = new Font(Font.HELVETICA, 11);

	private static final Font MUTED = new Font(Font.HELVETICA, 9, Font.ITALIC, Color.DARK_GRAY);

	private ToolPdf() {
	}

	/**
	 * @param cooperative the cooperative as its settings give it now: its name as the
	 * document's creator and in the foot line, its main colour for the titles
	 */
	static byte[] of(Cooperative cooperative, Resource resource, Instant now) {
		Color brand = Color.decode(cooperative.primaryColour());
		Font titleFont = new Font(Font.HELVETICA, 18, Font.BOLD, brand);
		Font sectionFont = new Font(Font.HELVETICA, 14, Font.BOLD, brand);
		TemplateForm form = resource.working().form();
		FilledForm filled = resource.filled();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 56, 56);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(resource.working().title());
			document.addAuthor(resource.ownerName());
			document.addCreator(cooperative.name());
			document.open();
			document.add(new Paragraph(resource.working().title(), titleFont));
			document.add(new Paragraph(resource.ownerName() + " — exporté le " + MOMENT.format(now.atZone(ZONE))
					+ ((filled.savedAt() != null)
							? ", réponses enregistrées le " + MOMENT.format(filled.savedAt().atZone(ZONE)) : ""),
					MUTED));
			for (TemplateForm.FormSection section : form.sections()) {
				Paragraph title = new Paragraph(section.title(), sectionFont);
				title.setSpacingBefore(16);
				title.setSpacingAfter(4);
				document.add(title);
				if (section.help() != null) {
					document.add(new Paragraph(section.help(), MUTED));
				}
				for (TemplateForm.FormQuestion question : section.questions()) {
					Paragraph label = new Paragraph(question.label(), QUESTION);
					label.setSpacingBefore(8);
					document.add(label);
					String answer = filled.answers().get(question.key());
					document.add(new Paragraph(shown(question, answer), (answer != null) ? TEXT : MUTED));
				}
				List<FilledForm.SectionComment> comments = filled.comments()
					.stream()
					.filter((c) -> c.section().equals(section.key()))
					.toList();
				for (FilledForm.SectionComment comment : comments) {
					Paragraph said = new Paragraph("Commentaire de " + comment.authorName() + " ("
							+ MOMENT.format(comment.at().atZone(ZONE)) + ") : " + comment.text(), MUTED);
					said.setSpacingBefore(6);
					said.setIndentationLeft(12);
					document.add(said);
				}
			}
			Paragraph foot = new Paragraph(cooperative.footer(), MUTED);
			foot.setSpacingBefore(24);
			document.add(foot);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("Could not write the PDF", ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	private static String shown(TemplateForm.FormQuestion question, String answer) {
		if (answer == null) {
			return "(sans réponse)";
		}
		if (question.type() == QuestionType.DATE) {
			return DAY.format(LocalDate.parse(answer));
		}
		return answer;
	}

}
