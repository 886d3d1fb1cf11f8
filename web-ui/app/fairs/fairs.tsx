import { Link } from "react-router";
import { WhenWhere } from "../agenda/EventCard";
import { attendFair, getMyFairs, leaveFair } from "../api/events";
import { OutcomeMessage, useAction } from "../forms";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import type { Route } from "./+types/fairs";

export async function clientLoader() {
  return forMembers(async () => ({ fairs: await getMyFairs() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Les salons", "/intranet/salons", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Fairs({ loaderData }: { loaderData: PageData }) {
  const action = useAction();
  return (
    <>
      <h1>Les salons</h1>
      <p className="lead">
        Les prochains salons, foires et manifestations. Dites si vous y exposez : votre vitrine apparaîtra parmi les
        exposants sur la page publique de l'événement.
      </p>
      <Loaded result={loaderData.fairs}>
        {(fairs) =>
          fairs.length === 0 ? (
            <p>Aucun salon n'est programmé pour le moment.</p>
          ) : (
            <ul className="plain stack">
              {fairs.map(({ event, attending }) => {
                const key = `fair-${event.id}`;
                const cancelled = event.status === "CANCELLED";
                return (
                  <li key={key} className="card">
                    <h3 className="card-title">
                      <Link to={`/agenda/${event.id}`}>{event.title}</Link>
                    </h3>
                    <WhenWhere startsAt={event.startsAt} endsAt={event.endsAt} place={event.place} />
                    {event.summary && <p>{event.summary}</p>}
                    {cancelled ? (
                      <p className="badge badge-alert">Annulé</p>
                    ) : (
                      <button
                        type="button"
                        className={attending ? "toggle toggle-on" : "toggle"}
                        aria-pressed={attending}
                        disabled={action.pending !== null}
                        aria-label={`J'y serai : ${event.title}`}
                        onClick={() =>
                          attending
                            ? action.run(
                                key,
                                () => leaveFair(event.id),
                                () => `Vous ne figurez plus parmi les exposants de « ${event.title} ».`,
                              )
                            : action.run(
                                key,
                                () => attendFair(event.id),
                                () => `C'est noté : vous exposez à « ${event.title} ».`,
                              )
                        }
                      >
                        J'y serai
                      </button>
                    )}
                    <OutcomeMessage outcome={action.outcome} forKey={key} />
                  </li>
                );
              })}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

export default membersOnly(Fairs);
