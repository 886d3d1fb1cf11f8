import { useEffect, useRef, useState } from "react";
import { Form, Link, useSearchParams } from "react-router";
import type { ApiResult } from "../api/client";
import {
  cancelEvent,
  createEvents,
  type EventRequest,
  type EventResponse,
  getStaffEvent,
  listEventRegistrations,
  listStaffEvents,
  type RegistrationView,
  updateEvent,
} from "../api/events";
import { type AntennaResponse, listAntennas } from "../api/members";
import { listResources } from "../api/resources";
import {
  CheckboxGroupField,
  ConfirmButton,
  fieldErrors,
  Options,
  OutcomeMessage,
  PLACE_LABELS,
  PlaceFields,
  readPeriod,
  readPlace,
  requireFields,
  SelectField,
  TextAreaField,
  TextField,
  textOf,
  useAction,
} from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import { followUpLabel } from "../registration/statuses";
import { formatDate, formatSchedule, isoToParisLocal, parisMidnight } from "../ui/format";
import { DataTable, Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/staff-agenda";
import { EVENT_KINDS, placeText } from "./EventCard";

const PAGE_SIZE = 20;

type Audience = EventRequest["audience"];
type EventKind = EventRequest["kind"];

const AUDIENCES: Record<Audience, string> = {
  PUBLIC: "Tout public (site et intranet)",
  MEMBERS: "Membres seulement (intranet)",
};

const FREQUENCIES: Record<string, string> = {
  WEEKLY: "Chaque semaine",
  MONTHLY: "Chaque mois",
};
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function clientLoader({ request }: Route.ClientLoaderArgs) {
  return forMembers(async () => {
    const q = new URL(request.url).searchParams;
    const kind = EVENT_KINDS[q.get("kind") ?? ""] ? q.get("kind")! : "";
    const from = DAY.test(q.get("du") ?? "") ? q.get("du")! : "";
    const to = DAY.test(q.get("au") ?? "") ? q.get("au")! : "";
    const page = pageNumber(q.get("page"));
    const editId = idParam(q.get(EDIT));
    const registrationsId = idParam(q.get(REGISTRATIONS));
    // the API takes instants: from the first day's midnight to the midnight after the last day, in Paris
    const [events, antennas, detail, registrations, centre] = await Promise.all([
      listStaffEvents({
        kind: (kind || undefined) as EventKind | undefined,
        from: parisMidnight(from),
        to: parisMidnight(to, 1),
        page,
        size: PAGE_SIZE,
      }),
      listAntennas(),
      // the list carries no description: the edit form reads the event from the staff API (members-only ones too)
      editId ? getStaffEvent(editId) : null,
      registrationsId ? listEventRegistrations(registrationsId) : null,
      // what a workshop may point to: the centre's published resources (slug → title)
      listResources({ size: 100 }),
    ]);
    const listed = (id: string | null) => (id && events.ok ? events.data.items.find((e) => e.id === id) : undefined);
    return {
      filters: { kind, du: from, au: to },
      page,
      events,
      antennas: antennas.ok ? antennas.data : [],
      resources: centre.ok ? Object.fromEntries(centre.data.items.map((r) => [r.slug, r.title])) : {},
      editing: editId ? draftOf(listed(editId), detail) : null,
      registrations:
        registrationsId && registrations && listed(registrationsId)
          ? { event: listed(registrationsId)!, result: registrations }
          : null,
    };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Agenda (gestion)", "/intranet/gestion/agenda", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

const LABELS: Record<string, string> = {
  kind: "Type d'événement",
  audience: "Public",
  title: "Titre",
  summary: "Résumé",
  description: "Description",
  theme: "Thème",
  resources: "Ressources du centre utilisées",
  startsAt: "Début",
  endsAt: "Fin",
  capacity: "Nombre de places",
  "recurrence.frequency": "Fréquence",
  "recurrence.count": "Nombre de dates",
  ...PLACE_LABELS,
};
const PREFIX = "evenement";

/** The search parameters that open the edit form and the registrations of one event. */
const EDIT = "modifier";
const REGISTRATIONS = "inscriptions";
const idParam = (value: string | null) => (value && /^[\w-]{1,64}$/.test(value) ? value : null);

/** What the edit form starts from: the list item, completed with the event's description. */
interface Draft {
  event?: EventResponse;
  audience: Audience;
  description: string;
  descriptionMissing: boolean;
}

/** The edit form's start: the event as the staff API reads it, else the list item with its description to type again. */
function draftOf(listed: EventResponse | undefined, detail: ApiResult<EventResponse> | null): Draft | null {
  const full = detail?.ok ? { ...listed, ...detail.data } : listed;
  if (!full) return null;
  return {
    event: full,
    audience: full.audience ?? "PUBLIC",
    description: full.description ?? "",
    descriptionMissing: full.description === undefined,
  };
}

function EventForm({
  draft,
  antennas,
  resources,
  ownAntenna,
  onSaved,
  onClose,
}: {
  draft: Draft;
  antennas: AntennaResponse[];
  /** the centre's published resources a workshop may use: slug → title */
  resources: Record<string, string>;
  /** for staff of one antenna: an event elsewhere or online still belongs to it */
  ownAntenna?: string;
  onSaved: (message: string) => void;
  onClose: () => void;
}) {
  const action = useAction();
  const errors = fieldErrors(action.outcome, "save");
  const [repeat, setRepeat] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const e = draft.event;
  useEffect(() => headingRef.current?.focus(), []);

  async function onSubmit(ev: React.FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const fd = new FormData(ev.currentTarget);
    const text = (n: string) => textOf(fd, n);
    const period = readPeriod(fd);
    const where = readPlace(fd, antennas);
    const local = {
      ...requireFields(
        { title: text("title"), summary: text("summary"), description: text("description") },
        {
          title: "Indiquez le titre.",
          summary: "Indiquez un résumé en une phrase.",
          description: "Indiquez la description.",
        },
      ),
      ...period.errors,
      ...where.errors,
    };
    const capacityText = text("capacity");
    const capacity = Number(capacityText);
    if (!capacityText || !Number.isInteger(capacity) || capacity < 0 || capacity > 1000) {
      local.capacity = "Indiquez le nombre de places : un nombre entier de 0 à 1 000.";
    }
    const count = Number(text("recurrence.count"));
    if (repeat && (!Number.isInteger(count) || count < 2 || count > 52))
      local["recurrence.count"] = "Indiquez un nombre de dates entre 2 et 52.";
    if (Object.keys(local).length) return action.fail("save", local);

    const body: EventRequest = {
      kind: text("kind") as EventKind,
      audience: text("audience") as Audience,
      title: text("title"),
      summary: text("summary"),
      description: text("description"),
      ...(text("theme") ? { theme: text("theme") } : {}),
      startsAt: period.startsAt!,
      endsAt: period.endsAt!,
      place: where.place,
      ...(where.antenna ? { antenna: where.antenna } : ownAntenna ? { antenna: ownAntenna } : {}),
      capacity,
      resources: fd.getAll("resources").map(String),
    };
    if (e) {
      const scope = e.seriesId && text("scope") === "FOLLOWING" ? "FOLLOWING" : "THIS";
      const r = await action.run(
        "save",
        () => updateEvent(e.id, body, scope),
        () => "",
      );
      if (r.ok)
        onSaved(
          `« ${body.title} » est modifié${scope === "FOLLOWING" ? ", ainsi que les dates suivantes de la série" : ""}. ` +
            "Les personnes inscrites sont prévenues si l'horaire ou le lieu change.",
        );
    } else {
      const recurrence = repeat
        ? { frequency: text("recurrence.frequency") as "WEEKLY" | "MONTHLY", count }
        : undefined;
      const r = await action.run(
        "save",
        () => createEvents({ ...body, ...(recurrence ? { recurrence } : {}) }),
        () => "",
      );
      if (r.ok) {
        const n = r.data.length;
        onSaved(
          n > 1
            ? `${n} événements « ${body.title} » sont créés, du ${formatDate(r.data[0].startsAt)} au ${formatDate(r.data[n - 1].startsAt)}.`
            : `L'événement « ${body.title} » est créé.`,
        );
      }
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="formulaire-evenement" className="panel">
      <h2 id="formulaire-evenement" tabIndex={-1} ref={headingRef}>
        {e ? `Modifier « ${e.title} »` : "Créer un événement"}
      </h2>
      <p className="muted">
        Tous les champs sont obligatoires, sauf mention contraire. Les heures sont celles de Paris.
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="save" labels={LABELS} idPrefix={PREFIX} focus />
      <div className="form-grid form-grid-2">
        <SelectField
          prefix={PREFIX}
          name="kind"
          label={LABELS.kind}
          errors={errors}
          defaultValue={e?.kind ?? "WORKSHOP"}
        >
          <Options values={EVENT_KINDS} />
        </SelectField>
        <SelectField
          prefix={PREFIX}
          name="audience"
          label={LABELS.audience}
          errors={errors}
          defaultValue={draft.audience}
        >
          <Options values={AUDIENCES} />
        </SelectField>
      </div>
      <TextField
        prefix={PREFIX}
        name="title"
        label={LABELS.title}
        errors={errors}
        defaultValue={e?.title ?? ""}
        maxLength={200}
      />
      <TextField
        prefix={PREFIX}
        name="summary"
        label={LABELS.summary}
        errors={errors}
        defaultValue={e?.summary ?? ""}
        maxLength={300}
        hint="Une phrase, affichée dans les listes."
      />
      <TextAreaField
        prefix={PREFIX}
        name="description"
        label={LABELS.description}
        errors={errors}
        rows={6}
        defaultValue={draft.description}
        hint={
          draft.descriptionMissing
            ? "La description actuelle n'a pas pu être chargée : saisissez-la à nouveau."
            : "Séparez les paragraphes par une ligne vide."
        }
      />
      <TextField
        prefix={PREFIX}
        name="theme"
        label={LABELS.theme}
        errors={errors}
        required={false}
        defaultValue={e?.theme ?? ""}
        hint="Pour les ateliers : relie les sessions d'un même thème (réinscription après une absence)."
      />
      <CheckboxGroupField
        prefix={PREFIX}
        name="resources"
        legend={LABELS.resources}
        errors={errors}
        // a resource no longer in the list (taken offline) stays chosen until unticked
        values={{
          ...resources,
          ...Object.fromEntries((e?.resources ?? []).filter((slug) => !resources[slug]).map((slug) => [slug, slug])),
        }}
        defaultChecked={e?.resources ?? []}
        hint="Les modules de formation et documents de l'atelier : les inscrits et ceux qui l'ont manqué les retrouvent depuis « Mes ateliers »."
      />
      <div className="form-grid form-grid-2">
        <TextField
          prefix={PREFIX}
          name="startsAt"
          label={LABELS.startsAt}
          type="datetime-local"
          errors={errors}
          defaultValue={e ? isoToParisLocal(e.startsAt) : ""}
        />
        <TextField
          prefix={PREFIX}
          name="endsAt"
          label={LABELS.endsAt}
          type="datetime-local"
          errors={errors}
          defaultValue={e ? isoToParisLocal(e.endsAt) : ""}
        />
      </div>
      <PlaceFields
        prefix={PREFIX}
        errors={errors}
        antennas={antennas}
        initial={e?.place}
        initialAntenna={e?.antenna?.code}
      />
      <TextField
        prefix={PREFIX}
        name="capacity"
        label={LABELS.capacity}
        type="number"
        min={0}
        max={1000}
        inputMode="numeric"
        errors={errors}
        defaultValue={e?.capacity ?? ""}
      />
      {e?.seriesId && (
        <fieldset className="fieldset">
          <legend>Cet événement fait partie d'une série</legend>
          <div className="field field-radio">
            <input id={`${PREFIX}-scope-this`} type="radio" name="scope" value="THIS" defaultChecked />
            <label htmlFor={`${PREFIX}-scope-this`}>Modifier cette date seulement</label>
          </div>
          <div className="field field-radio">
            <input id={`${PREFIX}-scope-following`} type="radio" name="scope" value="FOLLOWING" />
            <label htmlFor={`${PREFIX}-scope-following`}>
              Modifier cette date et les suivantes (même horaire, décalées d'autant de jours)
            </label>
          </div>
        </fieldset>
      )}
      {!e && (
        <fieldset className="fieldset">
          <legend>Répétition</legend>
          <div className="field field-checkbox">
            <input
              id={`${PREFIX}-repeat`}
              type="checkbox"
              checked={repeat}
              onChange={(x) => setRepeat(x.target.checked)}
            />
            <label htmlFor={`${PREFIX}-repeat`}>Répéter cet événement à intervalle régulier</label>
          </div>
          {repeat && (
            <div className="form-grid form-grid-2">
              <SelectField
                prefix={PREFIX}
                name="recurrence.frequency"
                label={LABELS["recurrence.frequency"]}
                errors={errors}
                defaultValue="WEEKLY"
              >
                <Options values={FREQUENCIES} />
              </SelectField>
              <TextField
                prefix={PREFIX}
                name="recurrence.count"
                label={LABELS["recurrence.count"]}
                type="number"
                min={2}
                max={52}
                inputMode="numeric"
                errors={errors}
                defaultValue="4"
                hint="Entre 2 et 52, la première date comprise."
              />
            </div>
          )}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={action.pending !== null}>
          {e ? "Enregistrer les modifications" : "Créer"}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          Fermer sans enregistrer
        </button>
      </div>
    </form>
  );
}

function Registrations({
  event,
  result,
  onClose,
}: {
  event: EventResponse;
  result: ApiResult<RegistrationView[]>;
  onClose: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section aria-labelledby="inscriptions" className="panel">
      <h2 id="inscriptions" tabIndex={-1} ref={headingRef}>
        Inscriptions : {event.title}, {formatDate(event.startsAt)}
      </h2>
      {
        <Loaded result={result}>
          {(list) =>
            list.length === 0 ? (
              <p>Personne n'est inscrit pour le moment.</p>
            ) : (
              <DataTable
                caption={`${list.filter((r) => r.status === "CONFIRMED").length} inscrit(s) sur ${list.length} demande(s)`}
              >
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">E-mail</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Inscrit le</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        {r.firstName} {r.lastName}
                      </th>
                      <td>
                        <a href={`mailto:${r.email}`}>{r.email}</a>
                      </td>
                      <td>
                        {followUpLabel(r.status, r.attendance)}
                        {r.status === "WAITLISTED" && r.position ? ` (position ${r.position})` : ""}
                      </td>
                      <td>{formatDate(r.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )
          }
        </Loaded>
      }
      <button type="button" className="button button-secondary button-small" onClick={onClose}>
        Fermer les inscriptions
      </button>
    </section>
  );
}

function StaffAgenda({ loaderData }: { loaderData: PageData }) {
  const { filters, page, events, antennas: allAntennas } = loaderData;
  const action = useAction();
  const user = useIntranetUser();
  // staff of an antenna change their antenna's events only (events-service refuses the others)
  const manages = (code: string | undefined | null) =>
    user.managesEveryAntenna === true || (!!code && user.antennas.includes(code));
  const antennas = allAntennas.filter((a) => manages(a.code));
  const [_searchParams, setSearchParams] = useSearchParams();
  // a new event's form opens in place; editing an event and its registrations are addresses, read by the loader
  const [creating, setCreating] = useState(false);
  const draft: Draft | null = creating
    ? { audience: "PUBLIC", description: "", descriptionMissing: false }
    : loaderData.editing;
  const showing = loaderData.registrations;
  const open = (name: string | null, id?: string) =>
    setSearchParams(
      (q) => {
        q.delete(EDIT);
        q.delete(REGISTRATIONS);
        if (name && id) q.set(name, id);
        return q;
      },
      { preventScrollReset: true },
    );
  const pageHref = (p: number) => {
    const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    if (p > 0) q.set("page", String(p));
    return `/intranet/gestion/agenda?${q}`;
  };

  function edit(e: EventResponse) {
    setCreating(false);
    open(EDIT, e.id);
  }

  return (
    <>
      <h1>Agenda (gestion)</h1>
      <p className="lead">Tous les événements, publics et réservés aux membres.</p>
      <OutcomeMessage outcome={action.outcome} forKey="page" />
      {draft ? (
        <EventForm
          key={draft.event?.id ?? "new"}
          draft={draft}
          antennas={antennas}
          resources={loaderData.resources}
          ownAntenna={!user.managesEveryAntenna && user.antennas.length === 1 ? user.antennas[0] : undefined}
          onClose={() => {
            setCreating(false);
            open(null);
          }}
          onSaved={(message) => {
            setCreating(false);
            open(null);
            action.notify("page", message);
          }}
        />
      ) : (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              open(null);
              setCreating(true);
            }}
          >
            Créer un événement
          </button>
        </p>
      )}

      <Form
        method="get"
        className="filter-form"
        aria-label="Filtrer les événements"
        key={`${filters.kind}|${filters.du}|${filters.au}`}
      >
        <div className="field">
          <label htmlFor="filtre-kind">Type d'événement</label>
          <select id="filtre-kind" name="kind" defaultValue={filters.kind}>
            <Options values={EVENT_KINDS} empty="Tous les types" />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filtre-du">À partir du</label>
          <input id="filtre-du" name="du" type="date" defaultValue={filters.du} />
        </div>
        <div className="field">
          <label htmlFor="filtre-au">Jusqu'au</label>
          <input id="filtre-au" name="au" type="date" defaultValue={filters.au} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Filtrer
          </button>
          <Link to="/intranet/gestion/agenda">Tout afficher</Link>
        </div>
      </Form>

      {showing && (
        <Registrations
          key={showing.event.id}
          event={showing.event}
          result={showing.result}
          onClose={() => open(null)}
        />
      )}

      <Loaded result={events}>
        {(list) =>
          list.items.length === 0 ? (
            <p>Aucun événement ne correspond à ces critères.</p>
          ) : (
            <>
              <DataTable caption={`Événements (${list.total})`}>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Événement</th>
                    <th scope="col">Lieu</th>
                    <th scope="col">Places</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((e) => {
                    const key = `cancel-${e.id}`;
                    const cancelled = e.status === "CANCELLED";
                    const which = `${e.title}, ${formatDate(e.startsAt)}`;
                    return (
                      <tr key={e.id}>
                        <td>
                          <time dateTime={e.startsAt}>{formatSchedule(e.startsAt, e.endsAt)}</time>
                        </td>
                        <th scope="row">
                          {e.title}
                          <br />
                          <span className="muted">
                            {e.kindLabel}
                            {e.audience ? ` · ${e.audience === "MEMBERS" ? "Membres" : "Public"}` : ""}
                            {e.theme ? ` · ${e.theme}` : ""}
                          </span>
                        </th>
                        <td>{placeText(e.place)}</td>
                        <td>
                          {e.capacity == null ? "Sans limite" : `${e.seatsLeft ?? "?"} libre(s) sur ${e.capacity}`}
                        </td>
                        <td>{cancelled ? <span className="badge badge-alert">Annulé</span> : "Programmé"}</td>
                        <td>
                          <div className="actions">
                            {!cancelled && !manages(e.antenna?.code) && (
                              <span className="muted">
                                {e.antenna ? `Géré par l'antenne de ${e.antenna.name}` : "Géré par le siège"}
                              </span>
                            )}
                            {!cancelled && manages(e.antenna?.code) && (
                              <button
                                type="button"
                                className="button button-secondary button-small"
                                onClick={() => edit(e)}
                                aria-label={`Modifier : ${which}`}
                              >
                                Modifier
                              </button>
                            )}
                            {manages(e.antenna?.code) && (
                              <button
                                type="button"
                                className="button button-secondary button-small"
                                onClick={() => {
                                  setCreating(false);
                                  open(REGISTRATIONS, e.id);
                                }}
                                aria-label={`Inscriptions : ${which}`}
                              >
                                Inscriptions
                              </button>
                            )}
                            {!cancelled && manages(e.antenna?.code) && (
                              <ConfirmButton
                                label="Annuler l'événement"
                                ariaLabel={`Annuler l'événement : ${which}`}
                                question={`Annuler « ${e.title} » du ${formatDate(e.startsAt)} ? Chaque personne inscrite recevra un e-mail avec le motif.`}
                                confirmLabel="Oui, annuler l'événement"
                                reasonLabel="Motif de l'annulation (envoyé aux personnes inscrites)"
                                disabled={action.pending !== null}
                                onConfirm={(reason) =>
                                  action.run(
                                    key,
                                    () => cancelEvent(e.id, reason),
                                    () => `« ${e.title} » est annulé ; les personnes inscrites sont prévenues.`,
                                  )
                                }
                              />
                            )}
                            {!cancelled && e.seriesId && manages(e.antenna?.code) && (
                              <ConfirmButton
                                label="Annuler la série à partir de cette date"
                                ariaLabel={`Annuler la série à partir de cette date : ${which}`}
                                question={`Annuler « ${e.title} » du ${formatDate(e.startsAt)} et toutes les dates suivantes de la série ? Chaque personne inscrite recevra un e-mail avec le motif.`}
                                confirmLabel="Oui, annuler ces dates"
                                reasonLabel="Motif de l'annulation (envoyé aux personnes inscrites)"
                                disabled={action.pending !== null}
                                onConfirm={(reason) =>
                                  action.run(
                                    key,
                                    () => cancelEvent(e.id, reason, "FOLLOWING"),
                                    () =>
                                      `« ${e.title} » est annulé à partir du ${formatDate(e.startsAt)} ; les personnes inscrites sont prévenues.`,
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

export default membersOnly(StaffAgenda);
