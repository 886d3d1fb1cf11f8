// The monthly form of a cooperative without enDI: a coach or staff types a month's revenue, expenses and hours worked;
// the month then shows them marked « Saisi », unless the accounting has figures for it.
import { typeFigures } from "../api/dashboard";
import { fieldErrors, OutcomeMessage, requireFields, TextField, textOf, useAction } from "../forms";

const PREFIX = "saisie";
const LABELS = {
  month: "Mois",
  revenue: "Chiffre d'affaires HT (€)",
  expenses: "Charges (€)",
  hoursWorked: "Heures travaillées",
};

/** "1 234,5" → "1234.5"; a thousands separator or a comma are what people type in French. */
const amount = (text: string) => text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");

export function TypedFiguresForm({ subject, thisMonth }: { subject: string; thisMonth: string }) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "typed");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const v = Object.fromEntries(["month", "revenue", "expenses", "hoursWorked"].map((n) => [n, textOf(fd, n)]));
    const local = requireFields(v, {
      month: "Choisissez le mois.",
      revenue: "Indiquez le chiffre d'affaires (0 s'il n'y en a pas).",
      expenses: "Indiquez les charges (0 s'il n'y en a pas).",
      hoursWorked: "Indiquez les heures travaillées (0 s'il n'y en a pas).",
    });
    if (Object.keys(local).length) return action.fail("typed", local);
    await action.run(
      "typed",
      () =>
        typeFigures(subject, v.month, {
          revenue: Number(amount(v.revenue)),
          expenses: Number(amount(v.expenses)),
          hoursWorked: Number(v.hoursWorked),
        }),
      (month) => `Les chiffres du mois ${month.month} sont enregistrés.`,
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="saisie-titre" className="panel">
      <h2 id="saisie-titre">Saisir les chiffres d'un mois</h2>
      <p className="muted">Pour les mois sans comptabilité importée. Tous les champs sont obligatoires.</p>
      <OutcomeMessage outcome={action.outcome} forKey="typed" labels={LABELS} idPrefix={PREFIX} focus />
      <div className="form-grid form-grid-2">
        <TextField prefix={PREFIX} name="month" label={LABELS.month} type="month" max={thisMonth} errors={errors} />
        <TextField prefix={PREFIX} name="revenue" label={LABELS.revenue} inputMode="decimal" errors={errors} />
        <TextField prefix={PREFIX} name="expenses" label={LABELS.expenses} inputMode="decimal" errors={errors} />
        <TextField prefix={PREFIX} name="hoursWorked" label={LABELS.hoursWorked} inputMode="numeric" errors={errors} />
      </div>
      <button type="submit" className="button" disabled={action.pending === "typed"}>
        Enregistrer
      </button>
    </form>
  );
}
