import { Link } from "react-router";
import { seatsText, WhenWhere } from "../agenda/EventCard";
import {
  cancelMyRegistration,
  type EventResponse,
  getMyWorkshops,
  type RegistrationView,
  registerMe,
} from "../api/events";
import { OutcomeMessage, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDate, formatDateTime } from "../ui/format";
import type { Route } from "./+types/workshops";
import { resourcesOfEvents, WorkshopResources } from "./WorkshopResources";

export async function clientLoader() {
  return forMembers(async () => {
    const workshops = await getMyWorkshops();
    // the resources of the workshops to come and of those missed
    const events = workshops.ok
      ? [...workshops.data.upcoming.map((u) => u.event), ...workshops.data.suggestions.map((s) => s.missed)]
      : [];
    return { workshops, resources: await resourcesOfEvents(events) };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Mes ateliers", "/intranet/ateliers", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function registeredText(r: RegistrationView): string | undefined {
  switch (r.status) {
    case "CONFIRMED":
      return "Inscrit·e";
    case "WAITLISTED":
      return r.position
        ? `En attente : position ${r.position} sur la liste d'attente`
        : "En attente sur la liste d'attente";
    case "OFFERED":
      return r.offerExpiresAt
        ? `PlaceResponse proposée : acceptez-la avant le ${formatDateTime(r.offerExpiresAt)} depuis le lien reçu par e-mail`
        : "Place proposée : acceptez-la depuis le lien reçu par e-mail";
    default:
      return undefined;
  }
}

function registeredMessage(r: RegistrationView, title: string): string {
  if (r.status === "WAITLISTED") {
    return `« ${title} » est complet : vous êtes sur la liste d'attente${r.position ? ` (position ${r.position})` : ""}. Nous vous écrirons si une place se libère.`;
  }
  return `Vous êtes inscrit·e à « ${title} ».`;
}

/**
 * Whether a member can register from the intranet. The API's `registrationOpen` is about the public form
 * (information meetings only), so it is false for every workshop; the upcoming list holds events that have
 * not started, and a member registers to any of them that is not cancelled (a full one means the waiting list).
 */
function memberCanRegister(event: EventResponse): boolean {
  return (
    event.status !== "CANCELLED" &&
    (event.registrationOpen || event.kind === "WORKSHOP" || event.kind === "MONTHLY_MEETING")
  );
}

/** The outcome of "Me réinscrire", shown where it stays visible after the suggestion is gone. */
const SUGGESTION = "suggestion";

/** The accessible name of a button repeated on every workshop: its label, then which workshop. */
const named = (label: string, event: EventResponse) => `${label} : ${event.title}, ${formatDate(event.startsAt)}`;

function Workshops({ loaderData }: { loaderData: PageData }) {
  const action = useAction();
  const busy = action.pending !== null;

  const register = (key: string, event: EventResponse) =>
    action.run(
      key,
      () => registerMe(event.id),
      (r) => registeredMessage(r, event.title),
    );
  const cancel = (key: string, event: EventResponse, registration: RegistrationView) =>
    action.run(
      key,
      () => cancelMyRegistration(registration.id),
      () =>
        registration.status === "WAITLISTED"
          ? `Vous avez quitté la liste d'attente de « ${event.title} ».`
          : `Votre inscription à « ${event.title} » est annulée.`,
    );

  return (
    <>
      <h1>Mes ateliers</h1>
      <p className="lead">
        Ateliers collectifs de formation et réunions mensuelles : inscrivez-vous, ou libérez votre place si vous ne
        pouvez plus venir.
      </p>
      <p>
        <Link to="/intranet/presences">Mon historique de présences et mon attestation</Link>
      </p>
      <Loaded result={loaderData.workshops}>
        {(w) => (
          <>
            {w.suggestions.length > 0 && (
              <section aria-labelledby="suggestions">
                <h2 id="suggestions">Rattraper un atelier manqué</h2>
                <ul className="plain stack">
                  {w.suggestions.map(({ missed, next }) => {
                    return (
                      <li key={next.id} className="card">
                        <p>
                          Vous n'avez pas pu assister à « {missed.title} » le {formatDate(missed.startsAt)}. Prochaine
                          session sur ce thème :
                        </p>
                        <WorkshopResources title={missed.title} resources={loaderData.resources[missed.id]} />
                        <h3 className="card-title">{next.title}</h3>
                        <WhenWhere startsAt={next.startsAt} endsAt={next.endsAt} place={next.place} />
                        <button
                          type="button"
                          className="button button-small"
                          disabled={busy}
                          onClick={() => register(SUGGESTION, next)}
                          aria-label={named("Me réinscrire", next)}
                        >
                          Me réinscrire
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
            {/* outside the suggestions: once re-registered, the suggestion (and maybe the section) goes away */}
            <OutcomeMessage outcome={action.outcome} forKey={SUGGESTION} />

            <section aria-labelledby="prochains">
              <h2 id="prochains">Prochains ateliers et réunions</h2>
              {w.upcoming.length === 0 ? (
                <p>Aucun atelier n'est programmé pour le moment.</p>
              ) : (
                <ul className="plain stack">
                  {w.upcoming.map(({ event, registration }) => {
                    const key = `event-${event.id}`;
                    const active = registration && registration.status !== "CANCELLED" ? registration : null;
                    const cancelled = event.status === "CANCELLED";
                    const seats = seatsText(event);
                    return (
                      <li key={key} className="card">
                        <p className="card-kicker">
                          {event.kindLabel}
                          {event.theme ? ` · ${event.theme}` : ""}
                        </p>
                        <h3 className="card-title">{event.title}</h3>
                        <WhenWhere startsAt={event.startsAt} endsAt={event.endsAt} place={event.place} />
                        {event.summary && <p>{event.summary}</p>}
                        <WorkshopResources title={event.title} resources={loaderData.resources[event.id]} />
                        {cancelled ? (
                          <p className="badge badge-alert">Annulé</p>
                        ) : active ? (
                          <>
                            <p className="badge badge-ok">{registeredText(active)}</p>
                            <p>
                              <button
                                type="button"
                                className="button button-secondary button-small"
                                disabled={busy}
                                onClick={() => cancel(key, event, active)}
                                aria-label={named(
                                  active.status === "WAITLISTED"
                                    ? "Quitter la liste d'attente"
                                    : "Annuler mon inscription",
                                  event,
                                )}
                              >
                                {active.status === "WAITLISTED"
                                  ? "Quitter la liste d'attente"
                                  : "Annuler mon inscription"}
                              </button>
                            </p>
                          </>
                        ) : memberCanRegister(event) ? (
                          <>
                            {seats && <p className="muted">{seats}</p>}
                            <button
                              type="button"
                              className="button button-small"
                              disabled={busy}
                              onClick={() => register(key, event)}
                              aria-label={named("M'inscrire", event)}
                            >
                              M'inscrire
                            </button>
                          </>
                        ) : (
                          <p className="muted">Inscriptions closes</p>
                        )}
                        <OutcomeMessage outcome={action.outcome} forKey={key} />
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(Workshops);
