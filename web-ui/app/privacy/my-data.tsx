// « Mes données »: a logged-in person asks for everything the platform holds about them, or for its erasure, and
// follows their requests.
import { eraseMyData, exportMyData, listMyPrivacyRequests } from "../api/members";
import { ConfirmButton, OutcomeMessage, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/my-data";
import { progress, when } from "./labels";

export async function clientLoader() {
  return forMembers(async () => ({ requests: await listMyPrivacyRequests() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Mes données", "/intranet/mes-donnees", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function MyData({ loaderData }: { loaderData: PageData }) {
  const action = useAction();
  return (
    <>
      <h1>Mes données</h1>
      <p>
        Obtenez tout ce que la coopérative conserve à votre sujet : chaque partie de la plateforme répond, puis une
        archive (des fichiers JSON et un résumé lisible) vous est envoyée par e-mail, avec un lien valable quelques
        jours.
      </p>
      <OutcomeMessage outcome={action.outcome} forKey="privacy" focus />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={action.pending !== null}
          onClick={() =>
            void action.run(
              "privacy",
              exportMyData,
              () => "Votre demande est enregistrée : vous recevrez le lien de votre archive par e-mail.",
            )
          }
        >
          Obtenir mes données
        </button>
        <ConfirmButton
          label="Effacer mes données"
          className="button button-secondary"
          question="Effacer toutes vos données et votre compte ? Votre compte est désactivé dès maintenant ; l'effacement a lieu après quelques jours, pendant lesquels l'équipe peut l'annuler si vous le lui demandez. Ensuite, rien ne pourra être récupéré."
          confirmLabel="Oui, effacer mes données"
          disabled={action.pending !== null}
          onConfirm={() =>
            action.run(
              "privacy",
              eraseMyData,
              (r) => `Effacement prévu le ${when(r.dueAt)}. Vous allez être déconnecté·e.`,
            )
          }
        />
      </div>
      <Loaded result={loaderData.requests}>
        {(requests) =>
          requests.length > 0 && (
            <DataTable caption="Mes demandes">
              <thead>
                <tr>
                  <th scope="col">Demande</th>
                  <th scope="col">Faite le</th>
                  <th scope="col">État</th>
                  <th scope="col">Réponses</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.kindLabel}</th>
                    <td>{when(r.requestedAt)}</td>
                    <td>{r.statusLabel}</td>
                    <td>{progress(r)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(MyData);
