package coop.dashboard.activity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How figures are read from the accounts, after enDI's rules. Each group of accounts is a
 * list of prefixes with exclusions ("42 but not 421 nor 425").
 *
 * @param revenueAccounts revenue: credit minus debit of these accounts (70…)
 * @param expenseAccounts expenses: debit minus credit of these accounts (6…)
 * @param lateAfterDays an invoice unpaid this many days after its date is late
 * @param treasury the treasury statement's groups
 */
@ConfigurationProperties("coop.figures")
public record FigureRules(Accounts revenueAccounts, Accounts expenseAccounts, int lateAfterDays, Treasury treasury) {

	/**
	 * enDI's treasury statement: the reference treasury is the sum of the balances of
	 * cash, taxes and contributions due, and suppliers to pay; the future treasury adds
	 * salaries due, expense claims due and customers to collect.
	 */
	public record Treasury(Accounts cash, Accounts taxes, Accounts suppliers, Accounts salaries, Accounts expenseClaims,
			Accounts customers) {
	}

	/**
	 * @param include account prefixes
	 * @param exclude prefixes taken out again
	 */
	public record Accounts(List<String> include, List<String> exclude) {

		public Accounts {
			include = (include != null) ? List.copyOf(include) : List.of();
			exclude = (exclude != null) ? List.copyOf(exclude) : List.of();
		}

		public boolean matches(String account) {
			return this.include.stream().anyMatch(account::startsWith)
					&& this.exclude.stream().noneMatch(account::startsWith);
		}

	}

}
