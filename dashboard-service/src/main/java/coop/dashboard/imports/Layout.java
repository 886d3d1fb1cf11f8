package coop.dashboard.imports;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which kind of file a header row announces, and where each column is. Headers are
 * compared without case, accents or punctuation, so « N° de compte », « No de compte »
 * and « numero de compte » are one column.
 */
record Layout(ImportKind kind, Map<Column, Integer> columns) {

	enum Column {

		CODE("poste analytique", "code analytique", "section analytique", "compte analytique"),
		ACCOUNT("numero de compte", "n de compte", "no de compte", "compte general", "general", "compte"),
		DATE("date", "date de piece", "date d emission"), LABEL("libelle", "libelle ecriture"), DEBIT("debit"),
		CREDIT("credit"), CUSTOMER("client", "nom du client"),
		NUMBER("numero", "numero de facture", "numero de devis", "n de facture", "n de devis", "no"),
		DESCRIPTION("description", "objet"), EXCLUDING_TAX("montant ht", "ht", "total ht"),
		INCLUDING_TAX("montant ttc", "ttc", "total ttc"),
		DUE("reste du", "restant du", "montant restant du", "reste a payer"), STATUS("statut", "etat");

		private final List<String> names;

		Column(String... names) {
			this.names = List.of(names);
		}

	}

	private static final Map<ImportKind, List<Column>> REQUIRED = Map.of(ImportKind.LEDGER,
			List.of(Column.CODE, Column.ACCOUNT, Column.DATE, Column.DEBIT, Column.CREDIT), ImportKind.INVOICES,
			List.of(Column.CODE, Column.DATE, Column.NUMBER, Column.EXCLUDING_TAX, Column.INCLUDING_TAX, Column.DUE),
			ImportKind.QUOTES, List.of(Column.CODE, Column.DATE, Column.NUMBER, Column.EXCLUDING_TAX,
					Column.INCLUDING_TAX, Column.STATUS));

	/**
	 * The layout a row announces when it is a header row of a known kind.
	 */
	static Optional<Layout> of(TableRow row) {
		Map<Column, Integer> found = new EnumMap<>(Column.class);
		for (int i = 0; i < row.cells().size(); i++) {
			String name = normalise(row.cell(i).text());
			for (Column column : Column.values()) {
				if (!found.containsKey(column) && column.names.contains(name)) {
					found.put(column, i);
					break;
				}
			}
		}
		// a ledger has debit and credit; among sales exports the « reste dû » tells
		// invoices from quotes
		for (ImportKind kind : List.of(ImportKind.LEDGER, ImportKind.INVOICES, ImportKind.QUOTES)) {
			if (found.keySet().containsAll(REQUIRED.get(kind))) {
				return Optional.of(new Layout(kind, found));
			}
		}
		return Optional.empty();
	}

	int index(Column column) {
		return this.columns.getOrDefault(column, -1);
	}

	static String normalise(String header) {
		String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replace('°', ' ').replace('º', ' ').replaceAll("[^a-z0-9]+", " ").strip();
	}

}
