import { useEffect, useRef, useState } from "react";
import { Form, Link } from "react-router";
import {
  type AntennaResponse,
  type Assignment,
  deactivatePerson,
  invitePerson,
  listAntennas,
  listOrganisations,
  listPeople,
  type OrganisationResponse,
  type PersonResponse,
  reactivatePerson,
  updatePerson,
} from "../api/members";
import {
  ConfirmButton,
  fieldErrors,
  Options,
  OutcomeMessage,
  requireFields,
  SelectField,
  TextField,
  textOf,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { ROLES } from "../intranet/tools";
import { DataTable, Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/accounts";
import { PERSON_STATUS } from "./labels";

type Role = Assignment["role"];

const PAGE_SIZE = 20;

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  return forMembers(async () => {
    const p = new URL(request.url).searchParams;
    const role = ROLES[p.get("role") ?? ""] ? p.get("role")! : "";
    const antenna = /^[a-z0-9-]{1,40}$/.test(p.get("antenna") ?? "") ? p.get("antenna")! : "";
    const q = (p.get("q") ?? "").trim().slice(0, 100);
    const page = pageNumber(p.get("page"));
    const [people, antennas, organisations, coaches] = await Promise.all([
      listPeople({ role: (role || undefined) as Role | undefined, antenna, q, page, size: PAGE_SIZE }),
      listAntennas(),
      listOrganisations(),
      listPeople({ role: "coach", size: 100 }),
    ]);
    return {
      filters: { role, antenna, q },
      page,
      people,
      antennas: antennas.ok ? antennas.data : [],
      organisations: organisations.ok ? organisations.data : [],
      coaches: coaches.ok ? coaches.data.items.filter((c) => c.status !== "DEACTIVATED") : [],
    };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Comptes", "/intranet/gestion/comptes", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const LABELS: Record<string, string> = {
  firstName: "Prénom",
  lastName: "Nom",
  email: "Adresse e-mail",
  role: "Rôle",
  antenna: "Antenne",
  organisation: "Organisation",
  coach: "Accompagnateur référent",
};

interface Choices {
  antennas: AntennaResponse[];
  organisations: OrganisationResponse[];
  coaches: PersonResponse[];
}

/** Role, antenna, and what the role is attached to (an organisation for a prescriber, a coach for an entrepreneur). */
function RoleFields({
  prefix,
  errors,
  choices,
  person,
}: {
  prefix: string;
  errors: Record<string, string>;
  choices: Choices;
  person?: PersonResponse;
}) {
  const [role, setRole] = useState<string>(person?.role ?? "entrepreneur");
  return (
    <div className="form-grid form-grid-2">
      <SelectField
        prefix={prefix}
        name="role"
        label={LABELS.role}
        errors={errors}
        value={role}
        onChange={(e) => setRole(e.target.value)}
      >
        <Options values={ROLES} />
      </SelectField>
      <SelectField
        prefix={prefix}
        name="antenna"
        label={LABELS.antenna}
        errors={errors}
        required={false}
        defaultValue={person?.antenna?.code ?? ""}
      >
        <option value="">Aucune</option>
        {choices.antennas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </SelectField>
      {role === "prescriber" && (
        <SelectField
          prefix={prefix}
          name="organisation"
          label={LABELS.organisation}
          errors={errors}
          defaultValue={person?.organisation?.code ?? ""}
        >
          <option value="">Choisir l'organisation</option>
          {choices.organisations.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name} ({o.kindLabel}, {o.town})
            </option>
          ))}
        </SelectField>
      )}
      {role === "entrepreneur" && (
        <SelectField
          prefix={prefix}
          name="coach"
          label={LABELS.coach}
          errors={errors}
          required={false}
          defaultValue={person?.coach?.subject ?? ""}
        >
          <option value="">Pas encore choisi</option>
          {choices.coaches.map((c) => (
            <option key={c.subject} value={c.subject}>
              {c.firstName} {c.lastName}
            </option>
          ))}
        </SelectField>
      )}
    </div>
  );
}

function readRole(fd: FormData): { body: Assignment; errors: Record<string, string> } {
  const role = textOf(fd, "role") as Role;
  const body: Assignment = { role };
  if (textOf(fd, "antenna")) body.antenna = textOf(fd, "antenna");
  if (role === "prescriber" && textOf(fd, "organisation")) body.organisation = textOf(fd, "organisation");
  if (role === "entrepreneur" && textOf(fd, "coach")) body.coach = textOf(fd, "coach");
  const errors: Record<string, string> = {};
  if (role === "prescriber" && !body.organisation) errors.organisation = "Choisissez l'organisation du prescripteur.";
  return { body, errors };
}

function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function InviteForm({
  choices,
  onDone,
  onClose,
}: {
  choices: Choices;
  onDone: (m: string) => void;
  onClose: () => void;
}) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "invite");
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const prefix = "inviter";

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const v = { firstName: textOf(fd, "firstName"), lastName: textOf(fd, "lastName"), email: textOf(fd, "email") };
    const { body, errors: roleErrors } = readRole(fd);
    const local = {
      ...requireFields(v, {
        firstName: "Indiquez le prénom.",
        lastName: "Indiquez le nom.",
        email: "Indiquez l'adresse e-mail.",
      }),
      ...roleErrors,
    };
    if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email))
      local.email = "Cette adresse e-mail ne semble pas valide.";
    if (Object.keys(local).length) return action.fail("invite", local);
    const r = await action.run(
      "invite",
      () => invitePerson({ ...v, ...body }),
      () => "",
    );
    if (r.ok)
      onDone(`${r.data.firstName} ${r.data.lastName} est invité·e : un e-mail lui permet de choisir son mot de passe.`);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="inviter" className="panel">
      <h2 id="inviter" tabIndex={-1} ref={heading}>
        Inviter une personne
      </h2>
      <p className="muted">Un compte est créé et la personne reçoit un e-mail pour choisir son mot de passe.</p>
      <OutcomeMessage outcome={action.outcome} forKey="invite" labels={LABELS} idPrefix={prefix} focus />
      <div className="form-grid form-grid-2">
        <TextField prefix={prefix} name="firstName" label={LABELS.firstName} errors={errors} autoComplete="off" />
        <TextField prefix={prefix} name="lastName" label={LABELS.lastName} errors={errors} autoComplete="off" />
        <TextField prefix={prefix} name="email" label={LABELS.email} type="email" errors={errors} autoComplete="off" />
      </div>
      <RoleFields prefix={prefix} errors={errors} choices={choices} />
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          Envoyer l'invitation
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Fermer sans inviter
        </button>
      </div>
    </form>
  );
}

function EditForm({
  person,
  choices,
  onDone,
  onClose,
}: {
  person: PersonResponse;
  choices: Choices;
  onDone: (m: string) => void;
  onClose: () => void;
}) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "edit");
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const prefix = "modifier";
  const name = `${person.firstName} ${person.lastName}`;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { body, errors: local } = readRole(new FormData(e.currentTarget));
    if (Object.keys(local).length) return action.fail("edit", local);
    const r = await action.run(
      "edit",
      () => updatePerson(person.id, body),
      () => "",
    );
    if (r.ok) onDone(`Le compte de ${name} est modifié.`);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="modifier" className="panel">
      <h2 id="modifier" tabIndex={-1} ref={heading}>
        Modifier le compte de {name}
      </h2>
      <OutcomeMessage outcome={action.outcome} forKey="edit" labels={LABELS} idPrefix={prefix} focus />
      <RoleFields prefix={prefix} errors={errors} choices={choices} person={person} />
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          Enregistrer
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Fermer sans enregistrer
        </button>
      </div>
    </form>
  );
}

function attachment(p: PersonResponse): string {
  if (p.organisation) return p.organisation.name;
  if (p.coach) return `Suivi·e par ${p.coach.name}`;
  return "—";
}

function Accounts({ loaderData }: { loaderData: PageData }) {
  const { filters, page, people, antennas, organisations, coaches } = loaderData;
  const choices = { antennas, organisations, coaches };
  const action = useAction();
  const [panel, setPanel] = useState<"invite" | PersonResponse | null>(null);
  const pageHref = (p: number) => {
    const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    if (p > 0) q.set("page", String(p));
    return `/intranet/gestion/comptes?${q}`;
  };
  const done = (message: string) => {
    setPanel(null);
    action.notify("page", message);
  };

  return (
    <>
      <h1>Comptes</h1>
      <p className="lead">
        Les personnes qui ont accès à l'intranet : entrepreneurs, accompagnateurs, prescripteurs et équipe.
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="page" />
      {panel === "invite" ? (
        <InviteForm choices={choices} onDone={done} onClose={() => setPanel(null)} />
      ) : panel ? (
        <EditForm key={panel.id} person={panel} choices={choices} onDone={done} onClose={() => setPanel(null)} />
      ) : (
        <p>
          <button type="button" className="button" onClick={() => setPanel("invite")}>
            Inviter une personne
          </button>
        </p>
      )}

      <Form
        method="get"
        className="filter-form"
        aria-label="Filtrer les comptes"
        key={`${filters.role}|${filters.antenna}|${filters.q}`}
      >
        <div className="field">
          <label htmlFor="filtre-q">Nom ou e-mail</label>
          <input id="filtre-q" name="q" type="search" defaultValue={filters.q} />
        </div>
        <div className="field">
          <label htmlFor="filtre-role">Rôle</label>
          <select id="filtre-role" name="role" defaultValue={filters.role}>
            <Options values={ROLES} empty="Tous les rôles" />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filtre-antenne">Antenne</label>
          <select id="filtre-antenne" name="antenna" defaultValue={filters.antenna}>
            <option value="">Toutes les antennes</option>
            {antennas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Filtrer
          </button>
          <Link to="/intranet/gestion/comptes">Tout afficher</Link>
        </div>
      </Form>

      <Loaded result={people}>
        {(list) =>
          list.items.length === 0 ? (
            <p>Aucun compte ne correspond à ces critères.</p>
          ) : (
            <>
              <DataTable caption={`Comptes (${list.total})`}>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Rôle</th>
                    <th scope="col">Antenne</th>
                    <th scope="col">Rattachement</th>
                    <th scope="col">Compte</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((p) => {
                    const name = `${p.firstName} ${p.lastName}`;
                    const key = `status-${p.id}`;
                    const deactivated = p.status === "DEACTIVATED";
                    return (
                      <tr key={p.id}>
                        <th scope="row">
                          {p.role === "entrepreneur" ? (
                            <Link to={`/intranet/dossiers/${encodeURIComponent(p.subject)}`}>{name}</Link>
                          ) : (
                            name
                          )}
                          <br />
                          <span className="muted">{p.email}</span>
                        </th>
                        <td>{p.roleLabel || ROLES[p.role]}</td>
                        <td>{p.antenna?.name ?? "—"}</td>
                        <td>{attachment(p)}</td>
                        <td>
                          {deactivated ? (
                            <span className="badge badge-alert">{PERSON_STATUS.DEACTIVATED}</span>
                          ) : (
                            PERSON_STATUS[p.status]
                          )}
                        </td>
                        <td>
                          <div className="actions">
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              onClick={() => setPanel(p)}
                              aria-label={`Modifier : ${name}`}
                            >
                              Modifier
                            </button>
                            {deactivated ? (
                              <ConfirmButton
                                label="Réactiver"
                                ariaLabel={`Réactiver : ${name}`}
                                question={`Réactiver le compte de ${name} ? La personne pourra de nouveau se connecter.`}
                                confirmLabel="Oui, réactiver"
                                disabled={action.pending !== null}
                                onConfirm={() =>
                                  action.run(
                                    key,
                                    () => reactivatePerson(p.id),
                                    () => `Le compte de ${name} est réactivé.`,
                                  )
                                }
                              />
                            ) : (
                              <ConfirmButton
                                label="Désactiver"
                                ariaLabel={`Désactiver : ${name}`}
                                question={`Désactiver le compte de ${name} ? Son accès à l'intranet s'arrête immédiatement.`}
                                confirmLabel="Oui, désactiver"
                                disabled={action.pending !== null}
                                onConfirm={() =>
                                  action.run(
                                    key,
                                    () => deactivatePerson(p.id),
                                    () => `Le compte de ${name} est désactivé.`,
                                  )
                                }
                              />
                            )}
                          </div>
                          <OutcomeMessage outcome={action.outcome} forKey={key} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </DataTable>
              <Pager page={page} size={list.size || PAGE_SIZE} total={list.total} href={pageHref} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Accounts);
