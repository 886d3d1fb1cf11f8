package coop.events.attendance;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import coop.events.agenda.AgendaEvent;
import coop.platform.messaging.cooperative.Cooperative;

/**
 * The printable documents of the workshops: the sign-in sheet of a session and an
 * entrepreneur's attendance certificate, in French with the cooperative's name, address
 * and main colour as its settings give them when the document is made.
 */
final class Pdfs {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

	private static final Font TEXT = new Font(Font.HELVETICA, 11);

	private static final Font HEADER = new Font(Font.HELVETICA, 11, Font.BOLD);

	private static final Font FOOTER = new Font(Font.HELVETICA, 8, Font.NORMAL, new java.awt.Color(0x5c, 0x63, 0x6a));

	private Pdfs() {
	}

	record Attendee(String lastName, String firstName) {
	}

	record Attended(String title, Instant startsAt, Instant endsAt) {
	}

	static byte[] signInSheet(Cooperative cooperative, AgendaEvent event, List<Attendee> attendees) {
		return document(cooperative, (document) -> {
			document.add(new Paragraph(cooperative.name() + " — Feuille d'émargement", title(cooperative)));
			document.add(new Paragraph(event.title(), HEADER));
			document.add(new Paragraph(when(event.startsAt(), event.endsAt()), TEXT));
			document.add(new Paragraph(
					event.place().label() + ((event.place().address() != null) ? ", " + event.place().address() : ""),
					TEXT));
			document.add(new Paragraph(" "));
			PdfPTable table = new PdfPTable(new float[] { 3, 3, 4 });
			table.setWidthPercentage(100);
			for (String header : List.of("Nom", "Prénom", "Signature")) {
				PdfPCell cell = new PdfPCell(new Phrase(header, HEADER));
				cell.setPadding(6);
				table.addCell(cell);
			}
			for (Attendee attendee : attendees) {
				for (String value : List.of(attendee.lastName(), attendee.firstName(), "")) {
					PdfPCell cell = new PdfPCell(new Phrase(value, TEXT));
					cell.setMinimumHeight(28);
					cell.setPadding(6);
					table.addCell(cell);
				}
			}
			document.add(table);
			document.add(new Paragraph(" "));
			document.add(new Paragraph("Nombre d'inscrits : " + attendees.size(), TEXT));
		});
	}

	static byte[] certificate(Cooperative cooperative, String fullName, List<Attended> sessions, Instant issuedAt) {
		return document(cooperative, (document) -> {
			document.add(new Paragraph("Attestation de présence", title(cooperative)));
			document.add(new Paragraph(" "));
			String address = cooperative.addressLine();
			document.add(new Paragraph(cooperative.name() + ((address != null) ? ", " + address : "") + ", atteste que "
					+ fullName + " a participé aux ateliers collectifs suivants :", TEXT));
			document.add(new Paragraph(" "));
			if (sessions.isEmpty()) {
				document.add(new Paragraph("Aucune présence enregistrée à ce jour.", TEXT));
			}
			for (Attended session : sessions) {
				document.add(new Paragraph("• " + session.title() + " — " + when(session.startsAt(), session.endsAt()),
						TEXT));
			}
			document.add(new Paragraph(" "));
			String day = DAY.format(issuedAt.atZone(AgendaEvent.ZONE));
			document.add(new Paragraph(
					((cooperative.town() != null) ? "Fait à " + cooperative.town() + ", le " : "Fait le ") + day + ".",
					TEXT));
			Paragraph signature = new Paragraph("L'équipe de " + cooperative.name(), TEXT);
			signature.setAlignment(Element.ALIGN_RIGHT);
			document.add(signature);
		});
	}

	private static String when(Instant start, Instant end) {
		return DAY.format(start.atZone(AgendaEvent.ZONE)) + ", de " + TIME.format(start.atZone(AgendaEvent.ZONE))
				+ " à " + TIME.format(end.atZone(AgendaEvent.ZONE));
	}

	/**
	 * Titles in the cooperative's main colour (readable on white: the settings check it).
	 */
	private static Font title(Cooperative cooperative) {
		return new Font(Font.HELVETICA, 16, Font.BOLD, java.awt.Color.decode(cooperative.primaryColour()));
	}

	private interface Content {

		void write(Document document) throws Exception;

	}

	private static byte[] document(Cooperative cooperative, Content content) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 56, 56);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(cooperative.name());
			document.addCreator(cooperative.name());
			document.open();
			content.write(document);
			document.add(new Paragraph(" "));
			document.add(new Paragraph(cooperative.footer(), FOOTER));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write the PDF", ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

}
