// « Adresses en échec » for staff: the addresses the mail server refused for good (notification-service), at once when
// the mail was sent or later by a delivery status notification read from the bounce mailbox. No reminder, suggestion
// or notification goes to them until staff clear the address (once corrected in the person's record or confirmed by
// them); confirmations and cancellations are still tried.
import { clearBounce, labels, listBounces } from "../api/notification";
import { ConfirmButton, OutcomeMessage, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { when } from "../privacy/labels";
import { DataTable } from "../ui/ui";
import type { Route } from "./+types/bounces";

export async function clientLoader() {
  return forMembers(async () => ({ bounces: await listBounces() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Adresses en échec", "/intranet/gestion/adresses-en-echec", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Bounces({ loaderData }: { loaderData: PageData }) {
  const action = useAction();
  return (
    <>
      <h1>Adresses en échec</h1>
      <p className="lead">
        Ces adresses ont été refusées définitivement : par le serveur de messagerie au moment de l'envoi (refus
        immédiat), ou plus tard par le serveur du destinataire (avis de non-remise). Elles ne reçoivent plus les e-mails
        facultatifs (rappels, suggestions, notifications) ; les confirmations et annulations sont toujours tentées. Une
        fois l'adresse corrigée ou confirmée par la personne, remettez-la en service.
      </p>
      <Loaded result={loaderData.bounces}>
        {(bounces) =>
          bounces.length === 0 ? (
            <p>Aucune adresse en échec.</p>
          ) : (
            <DataTable caption={`Adresses en échec (${bounces.length})`}>
              <thead>
                <tr>
                  <th scope="col">Adresse</th>
                  <th scope="col">Dernier échec</th>
                  <th scope="col">Motif</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {bounces.map((b) => {
                  const key = `clear-${b.id}`;
                  return (
                    <tr key={b.id}>
                      <th scope="row">{b.address}</th>
                      <td>
                        {when(b.lastAt)}
                        <br />
                        <span className="muted">
                          {b.failures > 1 ? `${b.failures} échecs depuis le ${when(b.firstAt)}` : "1 échec"}
                        </span>
                      </td>
                      <td>
                        {labels.BounceSource[b.source]}
                        <br />
                        <span className="muted">{b.reply}</span>
                      </td>
                      <td>
                        <ConfirmButton
                          label="Remettre en service"
                          ariaLabel={`Remettre en service : ${b.address}`}
                          question={`Remettre ${b.address} en service ? Elle recevra de nouveau tous les e-mails.`}
                          confirmLabel="Oui, remettre en service"
                          disabled={action.pending !== null}
                          onConfirm={() =>
                            action.run(
                              key,
                              () => clearBounce(b.id),
                              () => `${b.address} reçoit de nouveau tous les e-mails.`,
                            )
                          }
                        />
                        <OutcomeMessage outcome={action.outcome} forKey={key} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </DataTable>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Bounces);
