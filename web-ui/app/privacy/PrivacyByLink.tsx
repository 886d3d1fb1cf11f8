// « Vos données personnelles » on the page of an e-mail's signed link: a visitor without an account asks for their
// data or its erasure; the link's token proves the address (notification-service checks it, members-service runs it).
import { askPrivacyByToken } from "../api/notification";
import { ConfirmButton, OutcomeMessage, useAction } from "../forms";
import { useHydrated } from "../ui/ui";

export function PrivacyByLink({ token }: { token: string }) {
  const hydrated = useHydrated();
  const action = useAction();
  return (
    <section aria-labelledby="mes-donnees" className="panel">
      <h2 id="mes-donnees">Vos données personnelles</h2>
      <p>
        Vous pouvez obtenir tout ce que la coopérative conserve à votre sujet (une archive à télécharger, dont le lien
        vous est envoyé par e-mail), ou demander que tout soit effacé.
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="privacy" focus />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={!hydrated || action.pending !== null}
          onClick={() =>
            void action.run(
              "privacy",
              () => askPrivacyByToken(token, "EXPORT"),
              (answer) => answer.message ?? "Votre demande est enregistrée.",
              { revalidate: false },
            )
          }
        >
          Obtenir mes données
        </button>
        <ConfirmButton
          label="Effacer mes données"
          className="button button-secondary"
          question="Effacer toutes vos données ? L'effacement a lieu après un délai de quelques jours, que l'e-mail de confirmation vous indique : l'équipe peut l'annuler d'ici là si vous le lui demandez. Ensuite, rien ne pourra être récupéré."
          confirmLabel="Oui, effacer mes données"
          disabled={!hydrated || action.pending !== null}
          onConfirm={() =>
            action.run(
              "privacy",
              () => askPrivacyByToken(token, "ERASURE"),
              (answer) => answer.message ?? "Votre demande est enregistrée.",
              { revalidate: false },
            )
          }
        />
      </div>
    </section>
  );
}
