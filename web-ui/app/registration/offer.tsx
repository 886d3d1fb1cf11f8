import { Link } from "react-router";
import { acceptOfferByToken, declineOfferByToken } from "../api/events";
import { ConfirmButton, OutcomeMessage, useAction } from "../forms";
import { cooperativeFrom } from "../ui/cooperative";
import { formatDateTime } from "../ui/format";
import { seo } from "../ui/seo";
import { useHydrated } from "../ui/ui";
import type { Route } from "./+types/offer";
import { loadSignedLink, RegisteredEvent, SignedLinkFailure } from "./SignedLink";

// Reached from the e-mail sent when a seat frees up for someone on the waiting list.
export async function loader({ request }: Route.LoaderArgs) {
  return loadSignedLink(request);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Une place s'est libérée",
    description: `Accepter ou refuser la place qui vous est proposée à un événement de ${cooperativeFrom(matches).name}.`,
    path: "/inscriptions/place",
    matches,
    noindex: true,
  });

export default function SeatOffer({ loaderData }: Route.ComponentProps) {
  const { token, registration, failure, detail } = loaderData;
  const hydrated = useHydrated();
  const action = useAction();
  const done = action.outcome?.kind === "success";
  const busy = !hydrated || action.pending !== null;

  return (
    <div className="container page">
      <h1>Une place s'est libérée</h1>
      {failure ? (
        <SignedLinkFailure failure={failure} detail={detail} />
      ) : (
        <>
          <p>Bonjour {registration.firstName},</p>
          <RegisteredEvent registration={registration} />
          <OutcomeMessage outcome={action.outcome} forKey="offer" focus />
          {done ? (
            <p>
              <Link to="/agenda">Voir l'agenda</Link>
            </p>
          ) : registration.status === "OFFERED" ? (
            <>
              <p className="lead">
                Une place vous est réservée
                {registration.offerExpiresAt && (
                  <>
                    {" "}
                    jusqu'au{" "}
                    <strong>
                      <time dateTime={registration.offerExpiresAt}>{formatDateTime(registration.offerExpiresAt)}</time>
                    </strong>
                  </>
                )}
                . Sans réponse de votre part, elle sera proposée à la personne suivante.
              </p>
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    action.run(
                      "offer",
                      () => acceptOfferByToken(token),
                      (r) => r.message || "Votre place est confirmée.",
                      {
                        revalidate: false,
                      },
                    )
                  }
                >
                  J'accepte la place
                </button>
                <ConfirmButton
                  label="Je refuse la place"
                  className="button button-secondary"
                  question="Vous libérez cette place pour la personne suivante sur la liste d'attente. Confirmez-vous ?"
                  confirmLabel="Oui, je refuse la place"
                  cancelLabel="Revenir"
                  disabled={busy}
                  onConfirm={() =>
                    action.run(
                      "offer",
                      () => declineOfferByToken(token),
                      (r) => r.message || "Vous avez refusé la place. Merci de nous avoir prévenus.",
                      { revalidate: false },
                    )
                  }
                />
              </div>
            </>
          ) : registration.status === "CONFIRMED" ? (
            <p className="notice">Votre place est déjà confirmée : vous n'avez rien d'autre à faire.</p>
          ) : registration.status === "WAITLISTED" ? (
            <p className="notice">Vous êtes sur la liste d'attente. Nous vous écrirons dès qu'une place se libère.</p>
          ) : (
            <p className="notice">Cette inscription est annulée.</p>
          )}
        </>
      )}
    </div>
  );
}
