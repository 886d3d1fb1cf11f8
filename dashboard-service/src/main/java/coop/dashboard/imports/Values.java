package coop.dashboard.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads amounts and dates as French accounting exports write them, refusing what could be
 * misread: money stays {@link BigDecimal} with at most 5 decimals (enDI's precision), a
 * thousands separator is refused rather than guessed, and an impossible date such as
 * 31/02 is an error, not the 3rd of March.
 */
final class Values {

	static final int SCALE = 5;

	private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+(,\\d+)?");

	private static final Pattern DECIMAL_POINT = Pattern.compile("-?\\d+\\.\\d{1,2}");

	private static final Pattern THOUSANDS = Pattern
		.compile("-?\\d{1,3}([ .\\u00A0\\u202F']\\d{3})+([,.]\\d+)?|-?\\d{1,3}(,\\d{3})+\\.\\d+");

	private static final DateTimeFormatter FULL_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHORT_YEAR = new DateTimeFormatterBuilder().appendPattern("d/M/")
		.appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
		.toFormatter()
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE
		.withResolverStyle(ResolverStyle.STRICT);

	private Values() {
	}

	/**
	 * @return the amount (zero for an empty cell)
	 * @throws IllegalArgumentException with a French message
	 */
	static BigDecimal amount(Cell cell) {
		if (cell.number() != null) {
			return cell.number().setScale(SCALE, RoundingMode.HALF_EVEN);
		}
		String text = cell.text().strip();
		if (text.isEmpty()) {
			return BigDecimal.ZERO.setScale(SCALE);
		}
		if (DECIMAL_COMMA.matcher(text).matches()) {
			return exact(new BigDecimal(text.replace(',', '.')), text);
		}
		if (THOUSANDS.matcher(text).matches()) {
			throw new IllegalArgumentException("montant « " + text
					+ " » écrit avec un séparateur de milliers ; exportez les montants sans séparateur (1234,56)");
		}
		if (DECIMAL_POINT.matcher(text).matches()) {
			return exact(new BigDecimal(text), text);
		}
		throw new IllegalArgumentException("montant « " + text + " » illisible");
	}

	private static BigDecimal exact(BigDecimal amount, String text) {
		if (amount.scale() > SCALE) {
			throw new IllegalArgumentException("montant « " + text + " » : plus de " + SCALE + " décimales");
		}
		return amount.setScale(SCALE);
	}

	/**
	 * @throws IllegalArgumentException with a French message
	 */
	static LocalDate date(Cell cell) {
		if (cell.number() != null) {
			double serial = cell.number().doubleValue();
			if (!DateUtil.isValidExcelDate(serial)) {
				throw new IllegalArgumentException("date « " + cell.text() + " » illisible");
			}
			return plausible(DateUtil.getLocalDateTime(serial).toLocalDate(), cell.text());
		}
		String text = cell.text().strip();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("date manquante");
		}
		for (DateTimeFormatter format : new DateTimeFormatter[] { FULL_YEAR, SHORT_YEAR, ISO }) {
			try {
				return plausible(LocalDate.parse(text, format), text);
			}
			catch (DateTimeParseException ex) {
				// the next format may read it
			}
		}
		if (text.matches("\\d{1,2}/\\d{1,2}/(\\d{2}|\\d{4})")) {
			throw new IllegalArgumentException("date « " + text + " » impossible (ce jour n'existe pas)");
		}
		throw new IllegalArgumentException("date « " + text + " » illisible (attendu jj/mm/aaaa)");
	}

	private static LocalDate plausible(LocalDate date, String text) {
		if (date.getYear() < 1990 || date.getYear() > 2100) {
			throw new IllegalArgumentException("date « " + text + " » hors des années comptables possibles");
		}
		return date;
	}

}
