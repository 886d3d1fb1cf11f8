// « Données personnelles » for staff: every GDPR request with its state and the services that answered, a new export or
// erasure for a person (by address: with an account or a visitor), and the undo of an erasure before its date.
import { askPrivacyRequest, listPrivacyRequests, type PrivacyRequest, undoErasure } from "../api/members";
import {
  ConfirmButton,
  fieldErrors,
  looksLikeEmail,
  OutcomeMessage,
  requireFields,
  SelectField,
  TextField,
  textOf,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/privacy-requests";
import { progress, when } from "./labels";

export async function clientLoader() {
  return forMembers(async () => ({ requests: await listPrivacyRequests() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Données personnelles", "/intranet/gestion/donnees-personnelles", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const LABELS: Record<string, string> = { kind: "Demande", email: "Adresse e-mail de la personne" };

function NewRequest() {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "new");

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const email = textOf(fd, "email");
    const kind = textOf(fd, "kind") as PrivacyRequest["kind"];
    const local = requireFields({ email }, { email: "Indiquez l'adresse e-mail de la personne." });
    if (email && !looksLikeEmail(email)) local.email = "Cette adresse e-mail ne semble pas valide.";
    if (Object.keys(local).length) return action.fail("new", local);
    const r = await action.run(
      "new",
      () => askPrivacyRequest({ kind, email }),
      (request) =>
        request.kind === "ERASURE"
          ? `Effacement prévu le ${when(request.dueAt)} : le compte est désactivé dès maintenant, vous pouvez annuler d'ici là.`
          : "Export demandé : la personne recevra le lien de son archive par e-mail dès que chaque service aura répondu.",
    );
    if (r.ok) form.reset();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="nouvelle-demande" className="panel">
      <h2 id="nouvelle-demande">Nouvelle demande</h2>
      <p className="muted">
        Pour une personne qui a un compte ou pour un visiteur connu par son adresse (inscrit à une réunion, orienté par
        un prescripteur, qui a écrit à la coopérative).
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="new" labels={LABELS} idPrefix="demande" focus />
      <div className="form-grid form-grid-2">
        <SelectField prefix="demande" name="kind" label={LABELS.kind} errors={errors} defaultValue="EXPORT">
          <option value="EXPORT">Export de ses données</option>
          <option value="ERASURE">Effacement de ses données</option>
        </SelectField>
        <TextField prefix="demande" name="email" label={LABELS.email} type="email" errors={errors} autoComplete="off" />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          Enregistrer la demande
        </button>
      </div>
    </form>
  );
}

function PrivacyRequests({ loaderData }: { loaderData: PageData }) {
  const action = useAction();
  return (
    <>
      <h1>Données personnelles</h1>
      <p className="lead">
        Les demandes d'accès et d'effacement (RGPD) : chaque service répond pour ce qu'il conserve. Un service arrêté
        fait attendre la demande, qui se termine à son retour.
      </p>
      <NewRequest />
      <Loaded result={loaderData.requests}>
        {(requests) =>
          requests.length === 0 ? (
            <p>Aucune demande pour l'instant.</p>
          ) : (
            <DataTable caption={`Demandes (${requests.length})`}>
              <thead>
                <tr>
                  <th scope="col">Personne</th>
                  <th scope="col">Demande</th>
                  <th scope="col">État</th>
                  <th scope="col">Services</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => {
                  const who = r.name ?? r.email ?? "Données effacées";
                  const key = `undo-${r.id}`;
                  return (
                    <tr key={r.id}>
                      <th scope="row">
                        {who}
                        {r.name && r.email && (
                          <>
                            <br />
                            <span className="muted">{r.email}</span>
                          </>
                        )}
                      </th>
                      <td>
                        {r.kindLabel}
                        <br />
                        <span className="muted">
                          {r.channelLabel}, le {when(r.requestedAt)}
                        </span>
                      </td>
                      <td>
                        {r.statusLabel}
                        {r.status === "SCHEDULED" && (
                          <>
                            <br />
                            <span className="muted">le {when(r.dueAt)}</span>
                          </>
                        )}
                        {r.status === "DONE" && r.completedAt && (
                          <>
                            <br />
                            <span className="muted">le {when(r.completedAt)}</span>
                          </>
                        )}
                      </td>
                      <td>{progress(r)}</td>
                      <td>
                        {r.undoable ? (
                          <ConfirmButton
                            label="Annuler l'effacement"
                            ariaLabel={`Annuler l'effacement : ${who}`}
                            question={`Annuler l'effacement des données de ${who} ? Rien n'a encore été effacé ; son compte, s'il existe, est réactivé.`}
                            confirmLabel="Oui, annuler l'effacement"
                            disabled={action.pending !== null}
                            onConfirm={() =>
                              action.run(
                                key,
                                () => undoErasure(r.id),
                                () => `L'effacement des données de ${who} est annulé.`,
                              )
                            }
                          />
                        ) : (
                          "—"
                        )}
                        <OutcomeMessage outcome={action.outcome} forKey={key} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(PrivacyRequests);
