// Pieces of the pages reached from a signed link in an e-mail (cancel, freed seat).
import { data, Link } from "react-router";
import { placeText } from "../agenda/EventCard";
import { UNAVAILABLE } from "../api/client";
import { getRegistrationByToken, type TokenView } from "../api/events";
import { formatSchedule } from "../ui/format";
import { TeamMailbox } from "../ui/TeamMailbox";
import { Notice } from "../ui/ui";

export type SignedLinkData =
  | { token: string; registration: TokenView; failure: null; detail?: undefined }
  | { token: string; registration: null; failure: "invalid" | "unavailable"; detail?: string };

/**
 * Server loader of both pages: the registration behind `?jeton=`, a real 404 for an unknown or
 * malformed token, a 503 when the events service cannot be reached.
 */
export async function loadSignedLink(request: Request) {
  const token = (new URL(request.url).searchParams.get("jeton") ?? "").trim();
  const invalid = (detail?: string) =>
    data<SignedLinkData>({ token, registration: null, failure: "invalid", detail }, { status: 404 });
  if (!token || token.length > 2000) return invalid();
  const r = await getRegistrationByToken(token);
  if (r.ok) return data<SignedLinkData>({ token, registration: r.data, failure: null });
  if (r.status === 404 || r.status === 400 || r.status === 410) return invalid(r.problem?.detail);
  return data<SignedLinkData>({ token, registration: null, failure: "unavailable" }, { status: 503 });
}

export function SignedLinkFailure({ failure, detail }: { failure: "invalid" | "unavailable"; detail?: string }) {
  if (failure === "unavailable") return <Notice>{UNAVAILABLE}</Notice>;
  return (
    <>
      <p className="notice">
        {detail ?? "Ce lien n'est pas valide : il a peut-être été mal copié, ou l'inscription n'existe plus."}
      </p>
      <p>
        Consultez <Link to="/agenda">l'agenda</Link> ou écrivez-nous à <TeamMailbox />.
      </p>
    </>
  );
}

export function statusText(r: TokenView): string {
  switch (r.status) {
    case "CONFIRMED":
      return "Confirmée";
    case "WAITLISTED":
      return r.position ? `Sur liste d'attente (position ${r.position})` : "Sur liste d'attente";
    case "OFFERED":
      return "Une place vous est proposée";
    default:
      return "Annulée";
  }
}

/** The event and where the registration stands. */
export function RegisteredEvent({ registration }: { registration: TokenView }) {
  const { event } = registration;
  return (
    <dl className="facts">
      <dt>Événement</dt>
      <dd>
        {event.title}
        {event.status === "CANCELLED" && (
          <>
            {" "}
            <span className="badge badge-alert">Annulé</span>
          </>
        )}
      </dd>
      <dt>Date</dt>
      <dd>
        <time dateTime={event.startsAt}>{formatSchedule(event.startsAt, event.endsAt)}</time>
      </dd>
      <dt>Lieu</dt>
      <dd>{placeText(event.place)}</dd>
      <dt>Votre inscription</dt>
      <dd>{statusText(registration)}</dd>
    </dl>
  );
}
