import { type ClientLoaderFunctionArgs, Form } from "react-router";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { type FunderFigures, fundersExport, getFunderFigures } from "../api/dashboard";
import { listAntennas } from "../api/members";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { useCooperative } from "../ui/cooperative";
import { capitalize, formatMonth } from "../ui/format";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/funders";

/** The funders' view: ?antenne=&du=YYYY-MM&au=YYYY-MM, a GET form that works without JavaScript. */
export async function clientLoader({ request }: ClientLoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const query = {
    antenna: params.get("antenne") || undefined,
    from: params.get("du") || undefined,
    to: params.get("au") || undefined,
  };
  return forMembers(async () => {
    const [figures, antennas] = await Promise.all([getFunderFigures(query), listAntennas()]);
    const exportQuery = new URLSearchParams(
      Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ).toString();
    return { query, figures, antennas, exportQuery };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Chiffres de la coopérative pour ses financeurs", "/intranet/financeurs", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

/** A hidden figure (fewer than five people) reads « moins de 5 ». */
const shown = (value: number | null | undefined, unit = "") =>
  value == null ? "moins de 5" : `${value.toLocaleString("fr-FR")}${unit}`;
const rate = (value: number | null | undefined) => (value == null ? "—" : `${value} %`);
const days = (value: number | null | undefined) => (value == null ? "—" : `${value} j`);

function FunnelChart({ total }: { total: FunderFigures["funnelTotal"] }) {
  const { primaryColour } = useCooperative();
  const data = [
    { step: "Orientés", people: total.referred ?? 0 },
    { step: "Réunion", people: total.attendedMeeting ?? 0 },
    { step: "Entretien", people: total.firstInterview ?? 0 },
    { step: "CAPE", people: total.cape ?? 0 },
    { step: "CESA", people: total.cesa ?? 0 },
  ];
  return (
    <figure className="chart">
      <div aria-hidden="true" className="chart-canvas">
        <BarChart width={560} height={220} data={data} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#d5dadd" />
          <XAxis dataKey="step" tick={{ fill: "#262b30", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "#262b30", fontSize: 12 }} />
          <Bar dataKey="people" name="Personnes" fill={primaryColour} isAnimationActive={false} />
        </BarChart>
      </div>
      <figcaption>Le parcours d'entrée, toutes orientations : les chiffres sont dans le tableau qui suit.</figcaption>
    </figure>
  );
}

/** People counted by group (a stage, a revenue band), « moins de 5 » for a small one. */
function Groups({
  id,
  title,
  caption,
  groups,
}: {
  id: string;
  title: string;
  caption: string;
  groups: FunderFigures["stages"];
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <DataTable caption={caption}>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.label}</th>
              <td className="num">{shown(g.people)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

function FundersPage({ loaderData }: { loaderData: PageData }) {
  const { query, antennas, exportQuery } = loaderData;
  return (
    <>
      <h1>Chiffres de la coopérative</h1>
      <p className="lead">
        Des chiffres anonymes : aucun nom, et aucun chiffre sur moins de cinq personnes (« moins de 5 »).
      </p>
      <Form
        method="get"
        className="filter-form"
        aria-label="Choisir l'antenne et la période"
        key={`${query.antenna}|${query.from}|${query.to}`}
      >
        <div className="field">
          <label htmlFor="antenne">Antenne</label>
          <select id="antenne" name="antenne" defaultValue={query.antenna ?? ""}>
            <option value="">Toute la coopérative</option>
            {antennas.ok &&
              antennas.data.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="du">Du mois</label>
          <input id="du" type="month" name="du" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="au">Au mois</label>
          <input id="au" type="month" name="au" defaultValue={query.to ?? ""} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Afficher
          </button>
        </div>
      </Form>
      <Loaded result={loaderData.figures}>
        {(f) => (
          <>
            <p>
              {capitalize(formatMonth(f.from))} à {formatMonth(f.to)} · Télécharger :{" "}
              <a href={fundersExport("csv", exportQuery)}>tableau (CSV)</a> ·{" "}
              <a href={fundersExport("pdf", exportQuery)}>PDF</a>
            </p>
            <section aria-labelledby="parcours">
              <h2 id="parcours">Parcours d'entrée par prescripteur</h2>
              <FunnelChart total={f.funnelTotal} />
              <DataTable caption="Orientation → réunion d'information → premier entretien → CAPE → CESA">
                <thead>
                  <tr>
                    <th scope="col">Orientés par</th>
                    <th scope="col" className="num">
                      Orientés
                    </th>
                    <th scope="col" className="num">
                      Venus en réunion
                    </th>
                    <th scope="col" className="num">
                      Premier entretien
                    </th>
                    <th scope="col" className="num">
                      CAPE
                    </th>
                    <th scope="col" className="num">
                      CESA
                    </th>
                    <th scope="col" className="num">
                      Délais médians
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...f.funnel, f.funnelTotal].map((row) => (
                    <tr key={row.key} className={row.key === "total" ? "total" : undefined}>
                      <th scope="row">{row.label}</th>
                      <td className="num">{shown(row.referred)}</td>
                      <td className="num">
                        {shown(row.attendedMeeting)} ({rate(row.meetingRate)})
                      </td>
                      <td className="num">
                        {shown(row.firstInterview)} ({rate(row.interviewRate)})
                      </td>
                      <td className="num">
                        {shown(row.cape)} ({rate(row.capeRate)})
                      </td>
                      <td className="num">
                        {shown(row.cesa)} ({rate(row.cesaRate)})
                      </td>
                      <td className="num">
                        {days(row.daysToMeeting)} · {days(row.daysToInterview)} · {days(row.daysToCape)} ·{" "}
                        {days(row.daysToCesa)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              <p className="field-hint">
                Chaque taux rapporte une étape à la précédente ; les délais médians vont d'une étape à la suivante.
              </p>
            </section>
            <Groups
              id="etapes"
              title="Personnes par étape du parcours"
              caption="Personnes par dernière étape atteinte à la fin de la période"
              groups={f.stages}
            />
            <Groups
              id="tranches"
              title="Entrepreneurs par chiffre d'affaires"
              caption="Entrepreneurs par tranche de chiffre d'affaires sur la période"
              groups={f.revenueBands}
            />
            <section aria-labelledby="ateliers">
              <h2 id="ateliers">Ateliers et réunions d'information</h2>
              <dl className="figures">
                <div>
                  <dt>Ateliers tenus</dt>
                  <dd>{f.training.workshops}</dd>
                </div>
                <div>
                  <dt>Heures d'ateliers</dt>
                  <dd>{f.training.workshopHours.toLocaleString("fr-FR")} h</dd>
                </div>
                <div>
                  <dt>Heures de formation suivies</dt>
                  <dd>{shown(f.training.traineeHours, " h")}</dd>
                </div>
                <div>
                  <dt>Présence aux ateliers</dt>
                  <dd>{rate(f.training.attendanceRate)}</dd>
                </div>
                <div>
                  <dt>Réunions d'information tenues</dt>
                  <dd>{f.training.informationMeetings}</dd>
                </div>
                <div>
                  <dt>Présence aux réunions</dt>
                  <dd>{rate(f.training.meetingAttendanceRate)}</dd>
                </div>
              </dl>
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(FundersPage);
