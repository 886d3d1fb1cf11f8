package coop.dashboard.activity;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One month's figures typed in the monthly form, in euros.
 *
 * @param revenue revenue before tax
 * @param expenses expenses before tax
 * @param hoursWorked hours worked in the month
 */
public record TypedFiguresRequest(
		@NotNull(message = "Indiquez le chiffre d'affaires du mois (0 s'il n'y en a pas).") @DecimalMin(value = "0",
				message = "Le chiffre d'affaires ne peut pas être négatif.") @Digits(integer = 9, fraction = 2,
						message = "Un montant en euros, avec deux décimales au plus.") BigDecimal revenue,
		@NotNull(message = "Indiquez les charges du mois (0 s'il n'y en a pas).") @DecimalMin(value = "0",
				message = "Les charges ne peuvent pas être négatives.") @Digits(integer = 9, fraction = 2,
						message = "Un montant en euros, avec deux décimales au plus.") BigDecimal expenses,
		@NotNull(message = "Indiquez les heures travaillées (0 s'il n'y en a pas).") @Min(value = 0,
				message = "Les heures ne peuvent pas être négatives.") @Max(value = 744,
						message = "Un mois compte 744 heures au plus.") Integer hoursWorked) {
}
