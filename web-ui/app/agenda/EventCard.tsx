import { Link } from "react-router";
import { type EventResponse, labels, type PlaceResponse } from "../api/events";

/** The kinds of the agenda (appointments are not in it), as events-service labels them. */
export const EVENT_KINDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(labels.EventKind).filter(([kind]) => kind !== "APPOINTMENT"),
);

import { formatSchedule } from "../ui/format";

export function placeText(place: PlaceResponse): string {
  if (place.kind === "ONLINE") return place.label || "En ligne";
  return [place.label, place.town].filter(Boolean).join(", ");
}

export function seatsText(e: EventResponse): string | undefined {
  if (e.status === "CANCELLED") return undefined;
  if (e.kind === "INFO_MEETING" && !e.registrationOpen) return "Inscriptions closes";
  if (e.seatsLeft == null) return undefined;
  if (e.seatsLeft <= 0) return "Complet : inscription sur liste d'attente";
  return e.seatsLeft === 1 ? "1 place restante" : `${e.seatsLeft} places restantes`;
}

export function EventCard({ event }: { event: EventResponse }) {
  const seats = seatsText(event);
  return (
    <article className="card">
      <p className="card-kicker">{event.kindLabel}</p>
      <h3 className="card-title">
        <Link to={`/agenda/${event.id}`}>{event.title}</Link>
      </h3>
      {event.status === "CANCELLED" && <p className="badge badge-alert">Annulé</p>}
      <p className="card-meta">
        <time dateTime={event.startsAt}>{formatSchedule(event.startsAt, event.endsAt)}</time>
        <br />
        {placeText(event.place)}
      </p>
      {event.summary && <p>{event.summary}</p>}
      {seats && <p className="badge">{seats}</p>}
    </article>
  );
}

/** When and where, for lists in the intranet. */
export function WhenWhere({
  startsAt,
  endsAt,
  place,
}: {
  startsAt: string;
  endsAt?: string | null;
  place?: PlaceResponse | null;
}) {
  return (
    <p className="card-meta">
      <time dateTime={startsAt}>{formatSchedule(startsAt, endsAt)}</time>
      {place && (
        <>
          <br />
          {placeText(place)}
        </>
      )}
    </p>
  );
}
