// « Antennes »: staff of the head office create the cooperative's antennas, rename or move them, give their opening
// hours, close and reopen them and choose the head office (members-service; each antenna is a Keycloak group). Every
// list of antennas in the platform (the agenda's filter, the invitation and event forms, the contact page) reads the
// open ones from the service, so they follow at once.
import { Link, useSearchParams } from "react-router";
import {
  type AntennaResponse,
  closeAntenna,
  createAntenna,
  listAllAntennas,
  makeHeadOffice,
  reopenAntenna,
  updateAntenna,
} from "../api/members";
import {
  ConfirmButton,
  fieldErrors,
  OutcomeMessage,
  requireFields,
  TextAreaField,
  TextField,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/antennas";
import { antennaRequest } from "./values";

const PATH = "/intranet/gestion/antennes";
const EDIT = "modifier";

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  return forMembers(async () => ({
    antennas: await listAllAntennas(),
    editing: new URL(request.url).searchParams.get(EDIT),
  }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Antennes", PATH, matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const LABELS: Record<string, string> = {
  name: "Nom de l'antenne",
  street: "Rue et numéro",
  postalCode: "Code postal",
  town: "Commune",
  openingHours: "Horaires d'ouverture",
};

function AntennaForm({
  antenna,
  onDone,
}: {
  /** the antenna being changed, or none for a new one */
  antenna?: AntennaResponse;
  onDone?: () => void;
}) {
  const action = useAction();
  const key = antenna ? `edit-${antenna.code}` : "create";
  const prefix = antenna ? `antenne-${antenna.code}` : "antenne";
  const errors = fieldErrors(action.outcome, key);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const body = antennaRequest(new FormData(form));
    const local = requireFields(
      { name: body.name, postalCode: body.postalCode, town: body.town },
      { name: "Indiquez le nom de l'antenne.", postalCode: "Indiquez le code postal.", town: "Indiquez la commune." },
    );
    if (Object.keys(local).length) return action.fail(key, local);
    const r = await action.run(
      key,
      () => (antenna ? updateAntenna(antenna.code, body) : createAntenna(body)),
      (a) => (antenna ? `L'antenne « ${a.name} » est modifiée.` : `L'antenne « ${a.name} » est créée.`),
    );
    if (r.ok) {
      if (!antenna) form.reset();
      onDone?.();
    }
  }

  const title = antenna ? `Modifier l'antenne « ${antenna.name} »` : "Créer une antenne";
  const titleId = `${prefix}-titre`;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className="panel">
      <h2 id={titleId}>{title}</h2>
      {!antenna && (
        <p className="field-hint">
          Elle devient un groupe du service de connexion : on peut ensuite y inviter des personnes et y placer des
          événements.
        </p>
      )}
      <OutcomeMessage outcome={action.outcome} forKey={key} labels={LABELS} idPrefix={prefix} focus />
      <div className="form-grid form-grid-2">
        <TextField
          prefix={prefix}
          name="name"
          label={LABELS.name}
          errors={errors}
          defaultValue={antenna?.name}
          maxLength={80}
        />
        <TextField
          prefix={prefix}
          name="street"
          label={LABELS.street}
          errors={errors}
          required={false}
          defaultValue={antenna?.street ?? ""}
        />
        <TextField
          prefix={prefix}
          name="postalCode"
          label={LABELS.postalCode}
          errors={errors}
          inputMode="numeric"
          maxLength={5}
          defaultValue={antenna?.postalCode}
        />
        <TextField prefix={prefix} name="town" label={LABELS.town} errors={errors} defaultValue={antenna?.town} />
      </div>
      <TextAreaField
        prefix={prefix}
        name="openingHours"
        label={LABELS.openingHours}
        errors={errors}
        required={false}
        rows={2}
        hint="Par exemple : du lundi au vendredi, 9 h – 12 h 30 et 13 h 30 – 17 h."
        defaultValue={antenna?.openingHours ?? ""}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          {antenna ? "Enregistrer l'antenne" : "Créer l'antenne"}
        </button>
        {antenna && (
          <Link to={PATH} className="button button-secondary" preventScrollReset>
            Fermer le formulaire
          </Link>
        )}
      </div>
    </form>
  );
}

function Antennas({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const action = useAction();
  const [, setSearchParams] = useSearchParams();

  if (!user.managesEveryAntenna) {
    return (
      <>
        <h1>Antennes</h1>
        <p className="notice">Seule l'équipe du siège gère les antennes.</p>
      </>
    );
  }

  return (
    <>
      <h1>Antennes</h1>
      <p className="lead">
        Les lieux où la coopérative accueille. Une antenne fermée disparaît du site et des formulaires ; on la rouvre
        quand on veut.
      </p>
      <Loaded result={loaderData.antennas}>
        {(antennas) => {
          const editing = antennas.find((a) => a.code === loaderData.editing);
          return (
            <>
              {editing ? (
                <AntennaForm
                  key={editing.code}
                  antenna={editing}
                  onDone={() => setSearchParams({}, { preventScrollReset: true })}
                />
              ) : (
                <AntennaForm />
              )}
              <DataTable caption={`Antennes de la coopérative (${antennas.length})`}>
                <thead>
                  <tr>
                    <th scope="col">Antenne</th>
                    <th scope="col">Adresse</th>
                    <th scope="col">Horaires</th>
                    <th scope="col">État</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {antennas.map((a) => {
                    const key = `row-${a.code}`;
                    return (
                      <tr key={a.code}>
                        <th scope="row">
                          {a.name}
                          {a.headOffice && <span className="badge">Siège</span>}
                        </th>
                        <td>
                          {a.street && (
                            <>
                              {a.street}
                              <br />
                            </>
                          )}
                          {a.postalCode} {a.town}
                        </td>
                        <td>{a.openingHours || "—"}</td>
                        <td>{a.closed ? "Fermée" : "Ouverte"}</td>
                        <td>
                          <div className="actions">
                            <Link
                              to={`${PATH}?${EDIT}=${encodeURIComponent(a.code)}`}
                              className="button button-secondary button-small"
                              aria-label={`Modifier : ${a.name}`}
                              preventScrollReset
                            >
                              Modifier
                            </Link>
                            {a.closed ? (
                              <ConfirmButton
                                label="Rouvrir"
                                ariaLabel={`Rouvrir : ${a.name}`}
                                question={`Rouvrir l'antenne « ${a.name} » ? Elle revient sur le site et dans les formulaires.`}
                                confirmLabel="Oui, rouvrir"
                                disabled={action.pending !== null}
                                onConfirm={() =>
                                  action.run(
                                    key,
                                    () => reopenAntenna(a.code),
                                    () => `L'antenne « ${a.name} » est rouverte.`,
                                  )
                                }
                              />
                            ) : (
                              !a.headOffice && (
                                <>
                                  <ConfirmButton
                                    label="Fermer"
                                    ariaLabel={`Fermer : ${a.name}`}
                                    question={`Fermer l'antenne « ${a.name} » ? Elle disparaît du site et des formulaires ; personne ne peut plus y être invité.`}
                                    confirmLabel="Oui, fermer l'antenne"
                                    disabled={action.pending !== null}
                                    onConfirm={() =>
                                      action.run(
                                        key,
                                        () => closeAntenna(a.code),
                                        () => `L'antenne « ${a.name} » est fermée.`,
                                      )
                                    }
                                  />
                                  <ConfirmButton
                                    label="En faire le siège"
                                    ariaLabel={`En faire le siège : ${a.name}`}
                                    question={`Faire de « ${a.name} » le siège de la coopérative ? Son équipe gérera toutes les antennes et les réglages.`}
                                    confirmLabel="Oui, en faire le siège"
                                    disabled={action.pending !== null}
                                    onConfirm={() =>
                                      action.run(
                                        key,
                                        () => makeHeadOffice(a.code),
                                        () => `« ${a.name} » est désormais le siège.`,
                                      )
                                    }
                                  />
                                </>
                              )
                            )}
                          </div>
                          <OutcomeMessage outcome={action.outcome} forKey={key} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </DataTable>
            </>
          );
        }}
      </Loaded>
    </>
  );
}

export default membersOnly(Antennas);
