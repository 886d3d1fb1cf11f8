import { Link } from "react-router";
import { orThrow } from "../api/client";
import { consentFor, type EventResponse, getConsents, getEvent } from "../api/events";
import { getEventResources } from "../api/resources";
import { RegistrationForm } from "../registration/RegistrationForm";
import { publicPage } from "../site/cache";
import { cooperativeFrom } from "../ui/cooperative";
import { formatSchedule, paragraphs, safeHttpUrl, safeLink } from "../ui/format";
import { publicUrlFrom, seo } from "../ui/seo";
import { Prose } from "../ui/ui";
import type { Route } from "./+types/event";
import { seatsText } from "./EventCard";

export async function loader({ params }: Route.LoaderArgs) {
  const [event, consents] = await Promise.all([getEvent(params.id), getConsents()]);
  const found = orThrow(event);
  // the public resources of the centre a workshop uses (asked without session: the page is the same for everyone)
  const used = found.resources.length > 0 ? await getEventResources(found.id) : null;
  // the consent text the registration form shows, in the version the registration will keep
  return {
    event: found,
    consent: consentFor(consents, "PUBLIC_REGISTRATION"),
    resources: used?.ok ? used.data.filter((r) => r.audience === "PUBLIC") : [],
  };
}

function eventLd(e: EventResponse, publicUrl: string, organizer: string): Record<string, unknown> {
  const online = e.place.kind === "ONLINE";
  return {
    "@type": "Event",
    name: e.title,
    description: e.summary,
    startDate: e.startsAt,
    endDate: e.endsAt,
    eventStatus: e.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: online
      ? "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    location: online
      ? { "@type": "VirtualLocation", url: safeHttpUrl(e.place.url) ?? `${publicUrl}/agenda/${e.id}` }
      : {
          "@type": "Place",
          name: e.place.label,
          address: {
            "@type": "PostalAddress",
            streetAddress: e.place.street ?? undefined,
            postalCode: e.place.postalCode ?? undefined,
            addressLocality: e.place.town ?? undefined,
            addressCountry: "FR",
          },
        },
    organizer: { "@type": "Organization", name: organizer, url: `${publicUrl}/` },
    url: `${publicUrl}/agenda/${e.id}`,
  };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  if (!loaderData) return [];
  const { event } = loaderData;
  return seo({
    title: `${event.title}, ${formatSchedule(event.startsAt, event.endsAt)}`,
    description: event.summary || paragraphs(event.description)[0] || event.kindLabel,
    path: `/agenda/${event.id}`,
    matches,
    type: "article",
    jsonLd: eventLd(event, publicUrlFrom(matches), cooperativeFrom(matches).name),
  });
};

export default function EventPage({ loaderData }: Route.ComponentProps) {
  const { event, consent, resources } = loaderData;
  const { place } = event;
  const seats = seatsText(event);
  const placeUrl = safeHttpUrl(place.url);
  const cancelled = event.status === "CANCELLED";
  const calendarUrl = safeLink(event.calendarUrl);
  const isInfoMeeting = event.kind === "INFO_MEETING";
  const exhibitors = event.kind === "FAIR" ? (event.exhibitors ?? []) : [];

  return (
    <div className="container page">
      <p className="breadcrumb">
        <Link to="/agenda">Agenda</Link> › <Link to={`/agenda?kind=${event.kind}`}>{event.kindLabel}</Link>
      </p>
      <h1>
        {event.title}
        {cancelled && (
          <>
            {" "}
            <span className="badge badge-alert">Annulé</span>
          </>
        )}
      </h1>
      {cancelled && (
        <p className="notice">Cet événement est annulé. Les personnes inscrites ont été prévenues par e-mail.</p>
      )}

      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={event.startsAt}>{formatSchedule(event.startsAt, event.endsAt)}</time>
        </dd>
        <dt>Lieu</dt>
        <dd>
          {place.kind === "ONLINE" ? (
            <>
              {place.label || "En ligne"}
              {placeUrl && (
                <>
                  {" "}
                  (
                  <a href={placeUrl} rel="noopener">
                    lien de connexion
                  </a>
                  )
                </>
              )}
            </>
          ) : (
            <address>
              {place.label}
              {place.street && (
                <>
                  <br />
                  {place.street}
                </>
              )}
              {(place.postalCode || place.town) && (
                <>
                  <br />
                  {[place.postalCode, place.town].filter(Boolean).join(" ")}
                </>
              )}
            </address>
          )}
        </dd>
        {event.antenna && (
          <>
            <dt>Antenne</dt>
            <dd>{event.antenna.name}</dd>
          </>
        )}
        {seats && (
          <>
            <dt>Places</dt>
            <dd>{seats}</dd>
          </>
        )}
      </dl>
      {calendarUrl && !cancelled && (
        <p>
          <a href={calendarUrl} className="button button-secondary button-small" type="text/calendar">
            Ajouter à mon agenda
          </a>{" "}
          <span className="muted">(fichier .ics pour Google Agenda, Outlook, Apple Calendrier…)</span>
        </p>
      )}

      <div className="showcase-layout">
        <div className="prose">
          {event.summary && <p className="lead">{event.summary}</p>}
          <Prose text={event.description} />
          {exhibitors.length > 0 && (
            <section aria-labelledby="exposants">
              <h2 id="exposants">Les entrepreneurs qui exposent</h2>
              <ul>
                {exhibitors.map((x) => (
                  <li key={x.slug ?? `${x.businessName}|${x.displayName}`}>
                    {x.slug ? <Link to={`/entrepreneurs/${x.slug}`}>{x.businessName}</Link> : x.businessName} (
                    {x.displayName})
                  </li>
                ))}
              </ul>
            </section>
          )}
          {resources.length > 0 && (
            <section aria-labelledby="ressources-atelier">
              <h2 id="ressources-atelier">Les ressources de l'atelier</h2>
              <ul>
                {resources.map((r) => (
                  <li key={r.id}>
                    <Link to={`/ressources/${encodeURIComponent(r.slug)}`}>{r.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        {isInfoMeeting && !cancelled && (
          <div>
            {event.registrationOpen ? (
              <RegistrationForm eventId={event.id} consent={consent} />
            ) : (
              <p className="notice">
                Les inscriptions à cette réunion sont closes. Consultez les{" "}
                <Link to="/agenda?kind=INFO_MEETING">prochaines dates</Link>.
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
