import { Form, Link, useRouteLoaderData } from "react-router";
import { AGENDA_FEED_PATH, type EventResponse, listEvents } from "../api/events";
import { listAntennas } from "../api/members";
import { publicPage, publicQuery } from "../site/cache";
import { cooperativeFrom } from "../ui/cooperative";
import { capitalize, formatMonth, monthKey, nextMonths } from "../ui/format";
import { DEFAULT_PUBLIC_URL, seo } from "../ui/seo";
import { TeamMailbox } from "../ui/TeamMailbox";
import { Notice, Pager, pageNumber } from "../ui/ui";
import type { Route } from "./+types/agenda";
import { EVENT_KINDS, EventCard } from "./EventCard";

const PAGE_SIZE = 20;

export async function loader({ request }: Route.LoaderArgs) {
  const q = publicQuery(request);
  const kind = EVENT_KINDS[q("kind")] ? q("kind") : "";
  const antenna = /^[a-z0-9-]{1,40}$/.test(q("antenna")) ? q("antenna") : "";
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(q("month")) ? q("month") : "";
  const page = pageNumber(q("page"));

  const [events, antennas] = await Promise.all([
    listEvents({
      kind: (kind || undefined) as EventResponse["kind"] | undefined,
      antenna,
      month,
      page,
      size: PAGE_SIZE,
    }),
    listAntennas(),
  ]);
  return {
    filters: { kind, antenna, month },
    page,
    months: nextMonths(new Date(), 12),
    antennas: antennas.ok ? antennas.data : [],
    events: events.ok ? events.data : null,
  };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Agenda : réunions d'information, ateliers, salons",
    description: `Dates, lieux et horaires des réunions d'information collective, des réunions mensuelles et des salons où exposent les entrepreneurs de ${cooperativeFrom(matches).name}.`,
    path: "/agenda",
    matches,
  });

/** How to follow the agenda from a calendar application (the feed updates itself). */
function Subscribe() {
  const root = useRouteLoaderData("root") as { publicUrl?: string } | undefined;
  const feed = (root?.publicUrl ?? DEFAULT_PUBLIC_URL) + AGENDA_FEED_PATH;
  const webcal = feed.replace(/^https?:/, "webcal:");
  return (
    <section className="subscribe" aria-labelledby="abonnement">
      <h2 id="abonnement">Suivre l'agenda dans votre application d'agenda</h2>
      <p>
        <a href={AGENDA_FEED_PATH} className="button button-secondary button-small" type="text/calendar">
          S'abonner à l'agenda
        </a>{" "}
        ou <a href={webcal}>l'ouvrir directement dans votre application d'agenda</a>.
      </p>
      <p className="muted">
        Vous pouvez aussi copier cette adresse dans Google Agenda (« Autres agendas », « À partir de l'URL »), Outlook
        (« Ajouter un calendrier », « À partir d'Internet ») ou Apple Calendrier (« Nouvel abonnement ») :{" "}
        <code className="url">{feed}</code>. Les nouvelles dates et les changements y apparaissent d'eux-mêmes.
      </p>
    </section>
  );
}

function byMonth(items: EventResponse[]): [string, EventResponse[]][] {
  const groups = new Map<string, EventResponse[]>();
  for (const e of items) {
    const key = monthKey(e.startsAt);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.entries()];
}

export default function Agenda({ loaderData }: Route.ComponentProps) {
  const { filters, page, months, antennas, events } = loaderData;
  const pageHref = (p: number) => {
    const q = new URLSearchParams(Object.entries(filters).filter(([, v]) => v));
    if (p > 0) q.set("page", String(p));
    return `/agenda?${q}`;
  };

  return (
    <div className="container page">
      <h1>Agenda</h1>
      <p className="lead">
        Réunions d'information collective pour découvrir la coopérative, réunions mensuelles des entrepreneurs, salons
        et foires où vous pouvez les rencontrer.
      </p>

      {/* keyed by the filters so the selects follow client-side navigations ("Tout afficher") */}
      <Form
        method="get"
        className="filter-form"
        aria-label="Filtrer les événements"
        key={`${filters.kind}|${filters.antenna}|${filters.month}`}
      >
        <div className="field">
          <label htmlFor="kind">Type d'événement</label>
          <select id="kind" name="kind" defaultValue={filters.kind}>
            <option value="">Tous les types</option>
            {Object.entries(EVENT_KINDS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="antenna">Lieu</label>
          <select id="antenna" name="antenna" defaultValue={filters.antenna}>
            <option value="">Tous les lieux</option>
            {antennas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="month">Mois</label>
          <select id="month" name="month" defaultValue={filters.month}>
            <option value="">Tous les mois</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {capitalize(formatMonth(m))}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Filtrer
          </button>
          <Link to="/agenda">Tout afficher</Link>
        </div>
      </Form>

      {events === null ? (
        <Notice>
          L'agenda est momentanément indisponible. Merci de réessayer dans quelques minutes ou de nous écrire à{" "}
          <TeamMailbox />.
        </Notice>
      ) : events.items.length === 0 ? (
        <p>Aucun événement ne correspond à votre recherche pour le moment.</p>
      ) : (
        <>
          {byMonth(events.items).map(([key, items]) => (
            <section key={key} aria-labelledby={`mois-${key}`}>
              <h2 id={`mois-${key}`}>{capitalize(formatMonth(key))}</h2>
              <div className="grid">
                {items.map((e) => (
                  <EventCard key={e.id} event={e} />
                ))}
              </div>
            </section>
          ))}
          <Pager page={page} size={events.size || PAGE_SIZE} total={events.total} href={pageHref} />
        </>
      )}
      <Subscribe />
    </div>
  );
}
