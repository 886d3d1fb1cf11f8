import { Link } from "react-router";
import { cancelByToken } from "../api/events";
import { OutcomeMessage, useAction } from "../forms";
import { cooperativeFrom } from "../ui/cooperative";
import { seo } from "../ui/seo";
import { useHydrated } from "../ui/ui";
import type { Route } from "./+types/cancel";
import { loadSignedLink, RegisteredEvent, SignedLinkFailure } from "./SignedLink";

// Reached from the link in the registration e-mail: no login, the signed token is the proof.
export async function loader({ request }: Route.LoaderArgs) {
  return loadSignedLink(request);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "Annuler mon inscription",
    description: `Annuler une inscription à un événement de ${cooperativeFrom(matches).name} depuis le lien reçu par e-mail.`,
    path: "/inscriptions/annuler",
    matches,
    noindex: true,
  });

export default function CancelRegistration({ loaderData }: Route.ComponentProps) {
  const { token, registration, failure, detail } = loaderData;
  const hydrated = useHydrated();
  const action = useAction();
  const done = action.outcome?.kind === "success";

  return (
    <div className="container page">
      <h1>Annuler mon inscription</h1>
      {failure ? (
        <SignedLinkFailure failure={failure} detail={detail} />
      ) : (
        <>
          <p>Bonjour {registration.firstName},</p>
          <RegisteredEvent registration={registration} />
          <OutcomeMessage outcome={action.outcome} forKey="cancel" focus />
          {done ? (
            <p>
              <Link to="/agenda">Voir les autres dates de l'agenda</Link>
            </p>
          ) : registration.status === "CANCELLED" ? (
            <p className="notice">Cette inscription est déjà annulée : vous n'avez rien d'autre à faire.</p>
          ) : registration.event.status === "CANCELLED" ? (
            <p className="notice">Cet événement a été annulé : vous n'avez rien d'autre à faire.</p>
          ) : (
            <>
              <p>
                Vous ne pouvez pas venir ? Annulez votre inscription : votre place sera proposée à une autre personne.
              </p>
              <p>
                <button
                  type="button"
                  className="button"
                  disabled={!hydrated || action.pending !== null}
                  onClick={() =>
                    action.run(
                      "cancel",
                      () => cancelByToken(token),
                      (r) => r.message || "Votre inscription est annulée.",
                      {
                        revalidate: false,
                      },
                    )
                  }
                >
                  {action.pending ? "Annulation en cours…" : "Annuler mon inscription"}
                </button>
              </p>
            </>
          )}
        </>
      )}
    </div>
  );
}
