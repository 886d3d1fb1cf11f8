// An entrepreneur's dashboard as the entrepreneur, their coach and staff see it: "chiffres au", the year against last
// year and the forecast, the months as a chart (Recharts) with the same figures in a table, the treasury after enDI's
// statement, quotes and invoices, the objectives of the agreement with their progress, and the CSV and PDF exports.
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from "recharts";
import type { ActivityDashboard } from "../api/dashboard";
import { useCooperative } from "../ui/cooperative";
import { capitalize, formatDate, formatEuros, formatHours, formatMonth, formatMonthShort } from "../ui/format";
import { DataTable } from "../ui/ui";

const SOURCES: Record<string, string> = { IMPORTED: "Comptabilité", TYPED: "Saisi", NONE: "—" };

function MonthlyChart({ months }: { months: ActivityDashboard["months"] }) {
  // the cooperative's brand colours: the chart draws with attributes, not CSS
  const { primaryColour, secondaryColour } = useCooperative();
  const data = months.map((m) => ({ month: formatMonthShort(m.month), revenue: m.revenue, expenses: m.expenses }));
  return (
    <figure className="chart">
      {/* the table below carries every figure of the chart for screen readers */}
      <div aria-hidden="true" className="chart-canvas">
        <BarChart width={720} height={260} data={data} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d5dadd" />
          <XAxis dataKey="month" tick={{ fill: "#262b30", fontSize: 12 }} />
          <YAxis
            width={72}
            tick={{ fill: "#262b30", fontSize: 12 }}
            tickFormatter={(v: number) => `${Math.round(v).toLocaleString("fr-FR")} €`}
          />
          <Legend />
          <Bar dataKey="revenue" name="Chiffre d'affaires" fill={primaryColour} isAnimationActive={false} />
          <Bar dataKey="expenses" name="Charges" fill={secondaryColour ?? primaryColour} isAnimationActive={false} />
        </BarChart>
      </div>
      <figcaption>
        Chiffre d'affaires et charges des douze derniers mois. Le détail mois par mois figure dans le tableau qui suit.
      </figcaption>
    </figure>
  );
}

function CountAndAmount({ label, count, amount }: { label: string; count: number; amount: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {count} · {formatEuros(amount)}
      </dd>
    </div>
  );
}

function percent(value: number): string {
  return `${value} %`;
}

export function DashboardView({
  dashboard: d,
  exportBase,
  live,
}: {
  dashboard: ActivityDashboard;
  /** where the CSV and PDF live, without the extension (".../export") */
  exportBase: string;
  live: string | null;
}) {
  return (
    <>
      <p className="lead" data-testid="figures-as-of">
        {d.figuresAsOf
          ? `Chiffres au ${formatDate(d.figuresAsOf)}, d'après le dernier import de la comptabilité.`
          : "Aucune comptabilité n'est encore importée : les mois sans chiffres de la comptabilité montrent les chiffres saisis."}
      </p>
      <p role="status" className="live-status">
        {live ?? ""}
      </p>
      <p>
        Télécharger : <a href={`${exportBase}.csv`}>tableau (CSV)</a> · <a href={`${exportBase}.pdf`}>PDF</a>
      </p>

      <section aria-labelledby="annee">
        <h2 id="annee">Depuis le début de l'année</h2>
        <dl className="figures">
          <div>
            <dt>Chiffre d'affaires</dt>
            <dd>{formatEuros(d.yearToDate.revenue)}</dd>
          </div>
          <div>
            <dt>Charges</dt>
            <dd>{formatEuros(d.yearToDate.expenses)}</dd>
          </div>
          <div>
            <dt>Marge</dt>
            <dd>{formatEuros(d.yearToDate.margin)}</dd>
          </div>
          <div>
            <dt>Heures travaillées</dt>
            <dd>{formatHours(d.yearToDate.hoursWorked)}</dd>
          </div>
          <div>
            <dt>L'an dernier à la même date</dt>
            <dd>{formatEuros(d.lastYearToDate.revenue)}</dd>
          </div>
          <div>
            <dt>Prévision à la fin de l'année</dt>
            <dd>{formatEuros(d.forecast.revenueAtYearEnd)}</dd>
          </div>
        </dl>
        <p className="field-hint">
          Prévision : le chiffre d'affaires des mois clos, plus la moyenne des trois derniers mois clos (
          {formatEuros(d.forecast.monthlyAverage)}) pour chaque mois restant.
        </p>
      </section>

      <section aria-labelledby="mois">
        <h2 id="mois">Mois par mois</h2>
        <MonthlyChart months={d.months} />
        <DataTable caption="Chiffre d'affaires, charges, marge et heures par mois">
          <thead>
            <tr>
              <th scope="col">Mois</th>
              <th scope="col" className="num">
                Chiffre d'affaires
              </th>
              <th scope="col" className="num">
                Charges
              </th>
              <th scope="col" className="num">
                Marge
              </th>
              <th scope="col" className="num">
                Heures travaillées
              </th>
              <th scope="col" className="num">
                Heures de formation
              </th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {d.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{capitalize(formatMonth(m.month))}</th>
                <td className="num">{formatEuros(m.revenue)}</td>
                <td className="num">{formatEuros(m.expenses)}</td>
                <td className="num">{formatEuros(m.margin)}</td>
                <td className="num">{formatHours(m.hoursWorked)}</td>
                <td className="num">{formatHours(m.trainingHours)}</td>
                <td>{SOURCES[m.source] ?? m.source}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="tresorerie">
        <h2 id="tresorerie">Trésorerie</h2>
        <DataTable caption="Trésorerie de référence et trésorerie future">
          <tbody>
            {d.treasury.lines
              .filter((l) => !l.future)
              .map((l) => (
                <tr key={l.key}>
                  <th scope="row">{l.label}</th>
                  <td className="num">{formatEuros(l.balance)}</td>
                </tr>
              ))}
            <tr className="total">
              <th scope="row">Trésorerie de référence</th>
              <td className="num">{formatEuros(d.treasury.reference)}</td>
            </tr>
            {d.treasury.lines
              .filter((l) => l.future)
              .map((l) => (
                <tr key={l.key}>
                  <th scope="row">{l.label}</th>
                  <td className="num">{formatEuros(l.balance)}</td>
                </tr>
              ))}
            <tr className="total">
              <th scope="row">Trésorerie future</th>
              <td className="num">{formatEuros(d.treasury.future)}</td>
            </tr>
          </tbody>
        </DataTable>
        <p className="field-hint">Ce qui reste à payer apparaît en négatif.</p>
      </section>

      <section aria-labelledby="ventes">
        <h2 id="ventes">Devis et factures</h2>
        <dl className="figures">
          <CountAndAmount
            label="Devis envoyés cette année"
            count={d.sales.quotesSent}
            amount={d.sales.quotesSentAmount}
          />
          <CountAndAmount label="Devis signés" count={d.sales.quotesSigned} amount={d.sales.quotesSignedAmount} />
          <CountAndAmount label="Factures impayées" count={d.sales.invoicesUnpaid} amount={d.sales.unpaidAmount} />
          <CountAndAmount
            label={`En retard (plus de ${d.sales.lateAfterDays} jours)`}
            count={d.sales.invoicesLate}
            amount={d.sales.lateAmount}
          />
        </dl>
        {d.sales.late.length > 0 && (
          <DataTable caption="Factures en retard">
            <thead>
              <tr>
                <th scope="col">Numéro</th>
                <th scope="col">Client</th>
                <th scope="col">Date</th>
                <th scope="col" className="num">
                  Reste dû
                </th>
                <th scope="col" className="num">
                  Jours de retard
                </th>
              </tr>
            </thead>
            <tbody>
              {d.sales.late.map((i) => (
                <tr key={i.number}>
                  <th scope="row">{i.number}</th>
                  <td>{i.customer ?? "—"}</td>
                  <td>{formatDate(i.issuedOn)}</td>
                  <td className="num">{formatEuros(i.amountDue)}</td>
                  <td className="num">{i.daysLate}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <section aria-labelledby="objectifs">
        <h2 id="objectifs">Objectifs de la convention</h2>
        {d.objectives.length === 0 ? (
          <p>Aucun objectif n'est fixé pour le moment : parlez-en avec votre accompagnateur.</p>
        ) : (
          <ul className="plain stack">
            {d.objectives.map((o) => (
              <li key={o.id} className="card">
                <h3 className="card-title">{o.label}</h3>
                <p className="card-meta">
                  {o.target != null && <>Cible : {formatEuros(o.target)} · </>}
                  {o.achieved != null && <>Atteint : {formatEuros(o.achieved)} · </>}
                  {o.dueOn ? <>Échéance : {formatDate(o.dueOn)}</> : "Sans échéance"}
                </p>
                <label className="progress">
                  Avancement : {percent(o.progress)}
                  {o.kind === "REVENUE" && ` (${percent(o.expected)} du temps écoulé)`}
                  <progress max={100} value={Math.min(100, o.progress)} />
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
