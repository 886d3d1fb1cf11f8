// « Conservation des données » for staff of the head office: how long each kind of personal data is kept (the
// cooperative's settings, members-service, told to every service), and what each service's daily job removed (counts
// only, no personal data).
import { getRetention, labels, type RetentionPeriods, updateRetention } from "../api/members";
import { fieldErrors, OutcomeMessage, TextField, textOf, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/retention";
import { when } from "./labels";

export async function clientLoader() {
  return forMembers(async () => ({ retention: await getRetention() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Conservation des données", "/intranet/gestion/conservation", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const PREFIX = "conservation";
const FIELDS: { name: keyof RetentionPeriods; label: string; hint: string }[] = [
  {
    name: "visitorRegistrations",
    label: "Inscriptions de visiteurs sans compte (jours)",
    hint: "Comptés à partir de la fin de la réunion ; les inscriptions des membres restent.",
  },
  {
    name: "contactMessages",
    label: "Messages de contact (jours)",
    hint: "Formulaire de contact du site, à partir de la réception.",
  },
  { name: "sentMails", label: "Journal des e-mails envoyés (jours)", hint: "À partir de l'envoi." },
  { name: "reminders", label: "Rappels d'événements passés (jours)", hint: "À partir de la fin de l'événement." },
  {
    name: "exportArchives",
    label: "Archives d'export de données personnelles (jours)",
    hint: "Durée de validité du lien envoyé à la personne ; l'archive est supprimée ensuite (90 jours au plus).",
  },
];
const LABELS: Record<string, string> = Object.fromEntries(FIELDS.map((f) => [f.name, f.label]));
const SERVICES: Record<string, string> = {
  "events-service": "Agenda",
  "notification-service": "E-mails",
  "members-service": "Membres",
};

function Periods({ periods, defaults }: { periods: RetentionPeriods; defaults: RetentionPeriods }) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "periods");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const local: Record<string, string> = {};
    const body = {} as Record<keyof RetentionPeriods, number>;
    for (const f of FIELDS) {
      const text = textOf(fd, f.name);
      const days = Number(text);
      if (!text) local[f.name] = "Indiquez une durée.";
      else if (!Number.isInteger(days) || days < 1) local[f.name] = "Indiquez un nombre entier de jours, au moins 1.";
      body[f.name] = days;
    }
    if (Object.keys(local).length) return action.fail("periods", local);
    await action.run(
      "periods",
      () => updateRetention(body),
      () => "Durées enregistrées : chaque service les applique lors de son prochain passage (chaque nuit).",
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="durees" className="panel">
      <h2 id="durees">Durées de conservation</h2>
      <p className="muted">
        Au-delà de ces durées, chaque service supprime ces données de sa base, une fois par nuit. Valeurs par défaut :{" "}
        {FIELDS.map((f) => `${defaults[f.name]} j`).join(", ")}.
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="periods" labels={LABELS} idPrefix={PREFIX} focus />
      <div className="form-grid form-grid-2">
        {FIELDS.map((f) => (
          <TextField
            key={f.name}
            prefix={PREFIX}
            name={f.name}
            label={f.label}
            hint={f.hint}
            type="number"
            inputMode="numeric"
            min={1}
            errors={errors}
            defaultValue={periods[f.name]}
          />
        ))}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          Enregistrer les durées
        </button>
      </div>
    </form>
  );
}

function Retention({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Conservation des données</h1>
      <p className="lead">
        Les données personnelles ne sont gardées que le temps nécessaire. Le rapport dit ce que chaque service a
        supprimé, sans nommer personne.
      </p>
      <Loaded result={loaderData.retention}>
        {(retention) => (
          <>
            <Periods periods={retention.periods} defaults={retention.defaults} />
            {retention.runs.length === 0 ? (
              <p>Aucune suppression pour l'instant : les services passent chaque nuit.</p>
            ) : (
              <DataTable caption={`Suppressions (${retention.runs.length} derniers passages)`}>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Service</th>
                    <th scope="col">Supprimé</th>
                  </tr>
                </thead>
                <tbody>
                  {retention.runs.map((run) => (
                    <tr key={run.id}>
                      <th scope="row">{when(run.ranAt)}</th>
                      <td>{SERVICES[run.service] ?? run.service}</td>
                      <td>
                        <ul className="plain">
                          {run.removed.map((r) => (
                            <li key={r.kind}>
                              {labels.RetentionKind[r.kind]} : {r.count}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(Retention);
