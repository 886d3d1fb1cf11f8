import { useId } from "react";
import { type ActivityDashboard, getMyDashboard } from "../api/dashboard";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { capitalize, formatEuros, formatHours, formatMonth, formatMonthShort } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/dashboard";

export async function clientLoader() {
  return forMembers(async () => ({ dashboard: await getMyDashboard() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Mon tableau de bord", "/intranet/tableau-de-bord", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const CHART = { height: 200, top: 10, bottom: 28, left: 8, group: 56, bar: 20 };

/**
 * Revenue and expenses per month as bars. The chart is one image for assistive technologies: its
 * description gives the totals and points to the table, which carries every figure.
 */
function MonthlyChart({ months }: { months: ActivityDashboard["months"] }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...months.flatMap((m) => [m.revenue, m.expenses]));
  const plot = CHART.height - CHART.top - CHART.bottom;
  const width = CHART.left * 2 + months.length * CHART.group;
  const h = (v: number) => Math.max(0, (v / max) * plot);
  const base = CHART.top + plot;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${CHART.height}`}
        width={width}
        height={CHART.height}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="chart-svg"
      >
        <title id={titleId}>Chiffre d'affaires et charges par mois</title>
        <desc id={descId}>
          {`Diagramme en barres sur ${months.length} mois. Le détail mois par mois figure dans le tableau qui suit.`}
        </desc>
        <line x1={CHART.left} x2={width - CHART.left} y1={base} y2={base} className="chart-axis" />
        {months.map((m, i) => {
          const x = CHART.left + i * CHART.group + (CHART.group - 2 * CHART.bar) / 2;
          return (
            <g key={m.month}>
              <rect x={x} y={base - h(m.revenue)} width={CHART.bar} height={h(m.revenue)} className="bar-revenue" />
              <rect
                x={x + CHART.bar}
                y={base - h(m.expenses)}
                width={CHART.bar}
                height={h(m.expenses)}
                className="bar-expenses"
              />
              <text x={x + CHART.bar} y={CHART.height - 8} textAnchor="middle" className="chart-label">
                {formatMonthShort(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend">
          <li>
            <span className="swatch swatch-revenue" aria-hidden="true" /> Chiffre d'affaires
          </li>
          <li>
            <span className="swatch swatch-expenses" aria-hidden="true" /> Charges
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

function dueText(due: string): string {
  return /^\d{4}-\d{2}/.test(due) ? formatMonth(due.slice(0, 7)) : due;
}

function DashboardPage({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Mon tableau de bord</h1>
      <p className="lead">Votre activité mois par mois, telle que la comptabilité de la coopérative l'enregistre.</p>
      <Loaded result={loaderData.dashboard}>
        {(d) => (
          <>
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
              </dl>
            </section>

            <section aria-labelledby="mois">
              <h2 id="mois">Mois par mois</h2>
              {d.months.length === 0 ? (
                <p>Aucun chiffre n'est encore enregistré.</p>
              ) : (
                <>
                  <MonthlyChart months={d.months} />
                  <DataTable caption="Chiffre d'affaires, charges, marge et heures travaillées par mois">
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
                          Heures
                        </th>
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
                        </tr>
                      ))}
                    </tbody>
                  </DataTable>
                </>
              )}
            </section>

            <section aria-labelledby="objectifs">
              <h2 id="objectifs">Mes objectifs</h2>
              {d.objectives.length === 0 ? (
                <p>Aucun objectif n'est fixé pour le moment : parlez-en avec votre accompagnateur.</p>
              ) : (
                <ul className="plain stack">
                  {d.objectives.map((o, i) => (
                    <li key={i} className="card">
                      <h3 className="card-title">{o.label}</h3>
                      <p className="card-meta">
                        {o.target != null && <>Cible : {formatEuros(o.target)} · </>}Échéance : {dueText(o.due)}
                      </p>
                      <p className={o.reached ? "badge badge-ok" : "badge"}>{o.reached ? "Atteint" : "Non atteint"}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(DashboardPage);
