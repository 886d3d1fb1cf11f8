package coop.dashboard.imports;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX workbook (Cegid's exports), read with POI's event API: the
 * sheet's XML is parsed as a stream and each row handed over as soon as it ends, so the
 * workbook is never held in memory. Numbers are kept as the exact decimal the file
 * stores; a cell computed by a formula is marked so that the import refuses it.
 */
final class XlsxTable implements Table {

	private final File file;

	XlsxTable(File file) {
		this.file = file;
	}

	@Override
	public void read(RowHandler handler) throws IOException {
		try (OPCPackage pkg = OPCPackage.open(this.file, PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableFileException("Le classeur ne contient aucune feuille.");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader xml = SAXHelper.newXMLReader();
				xml.setContentHandler(new SheetHandler(strings, styles, handler));
				xml.parse(new InputSource(sheet));
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (OpenXML4JException | SAXException | IOException | javax.xml.parsers.ParserConfigurationException
				| RuntimeException ex) {
			throw new UnreadableFileException(
					"Le classeur XLSX est illisible ou tronqué : enregistrez-le de nouveau depuis le logiciel comptable.",
					ex);
		}
	}

	private static final class SheetHandler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;

		private final StylesTable styles;

		private final RowHandler handler;

		private final List<Cell> cells = new ArrayList<>();

		private final StringBuilder value = new StringBuilder();

		private long rowNumber;

		private int column;

		private String type;

		private int style;

		private boolean formula;

		private boolean collecting;

		SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler) {
			this.strings = strings;
			this.styles = styles;
			this.handler = handler;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "row" -> {
					this.cells.clear();
					String r = attributes.getValue("r");
					this.rowNumber = (r != null) ? Long.parseLong(r) : this.rowNumber + 1;
				}
				case "c" -> {
					this.column = columnOf(attributes.getValue("r"), this.cells.size());
					this.type = attributes.getValue("t");
					String s = attributes.getValue("s");
					this.style = (s != null) ? Integer.parseInt(s) : -1;
					this.formula = false;
					this.value.setLength(0);
				}
				case "f" -> this.formula = true;
				case "dimension" -> announce(attributes.getValue("ref"));
				case "v", "t" -> this.collecting = true;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (this.collecting) {
				this.value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "v", "t" -> this.collecting = false;
				case "c" -> {
					while (this.cells.size() < this.column) {
						this.cells.add(Cell.EMPTY);
					}
					this.cells.add(cell());
				}
				case "row" -> this.handler.row(new TableRow(this.rowNumber, List.copyOf(this.cells)));
				default -> {
				}
			}
		}

		private Cell cell() {
			String raw = this.value.toString();
			if ("s".equals(this.type)) {
				return new Cell(this.strings.getItemAt(Integer.parseInt(raw.strip())).getString(), null, false,
						this.formula);
			}
			if ("inlineStr".equals(this.type) || "str".equals(this.type) || "e".equals(this.type)
					|| "b".equals(this.type) || raw.isBlank()) {
				return new Cell(raw, null, false, this.formula);
			}
			BigDecimal number = new BigDecimal(raw.strip());
			return new Cell(raw.strip(), number, isDate(), this.formula);
		}

		private boolean isDate() {
			if (this.style < 0 || this.style >= this.styles.getNumCellStyles()) {
				return false;
			}
			XSSFCellStyle cellStyle = this.styles.getStyleAt(this.style);
			return DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		}

		private void announce(String reference) {
			if (reference != null && reference.contains(":")) {
				String last = reference.substring(reference.indexOf(':') + 1).replaceAll("[A-Za-z]", "");
				if (!last.isEmpty()) {
					this.handler.announced(Long.parseLong(last));
				}
			}
		}

		private static int columnOf(String reference, int fallback) {
			if (reference == null) {
				return fallback;
			}
			int column = 0;
			for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
				column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
			}
			return column - 1;
		}

	}

}
