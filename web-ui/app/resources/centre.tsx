// The resource centre's home: its themes and kinds with what each holds, the latest validated resources, the
// person's own drafts, contributions (with the reason of a refusal) and tools, their bookmarks, and for coaches and
// staff what waits for a decision.
import { Link } from "react-router";
import { getBookmarks, getCentre, getMyResources, getReviewQueue } from "../api/resources";
import { currentUser } from "../api/session";
import { forMembers, intranetMeta, Loaded, membersOnly, useIntranetUser } from "../intranet/page";
import type { Route } from "./+types/centre";
import { KINDS, reviews, THEMES } from "./labels";
import { ResourceCard } from "./ResourceCard";

export async function clientLoader() {
  return forMembers(async () => {
    const user = await currentUser();
    const roles = user.ok && user.data.authenticated ? user.data.roles : [];
    const [centre, mine, bookmarks, queue] = await Promise.all([
      getCentre(),
      getMyResources(),
      getBookmarks(),
      reviews(roles) ? getReviewQueue() : Promise.resolve(null),
    ]);
    return { centre, mine, bookmarks, queue };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Centre de ressources", "/intranet/ressources", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Centre({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const { centre, mine, bookmarks, queue } = loaderData;
  return (
    <>
      <h1>Centre de ressources</h1>
      <p className="lead">
        Modules de formation, exercices, documentation par secteur, sites sélectionnés, outils et modèles de la
        coopérative. Proposez les vôtres : un accompagnateur les valide avant qu'elles soient partagées.
      </p>
      <p className="actions">
        <Link to="/intranet/ressources/nouvelle" className="button">
          Proposer une ressource
        </Link>
        <Link to="/intranet/ressources/liste" className="button button-secondary">
          Toutes les ressources
        </Link>
        {queue?.ok && (
          <Link to="/intranet/ressources/validation" className="button button-secondary">
            À valider ({queue.data.count})
          </Link>
        )}
      </p>

      <Loaded result={centre}>
        {(c) => (
          <>
            <section aria-labelledby="themes">
              <h2 id="themes">Par thème</h2>
              <ul className="chips">
                {c.themes
                  .filter((t) => t.count > 0)
                  .map((t) => (
                    <li key={t.theme}>
                      <Link to={`/intranet/ressources/liste?theme=${t.theme}`}>
                        {THEMES[t.theme] ?? t.theme} ({t.count})
                      </Link>
                    </li>
                  ))}
              </ul>
            </section>
            <section aria-labelledby="types">
              <h2 id="types">Par type</h2>
              <ul className="chips">
                {c.kinds
                  .filter((k) => k.count > 0)
                  .map((k) => (
                    <li key={k.kind}>
                      <Link to={`/intranet/ressources/liste?type=${k.kind}`}>
                        {KINDS[k.kind] ?? k.kind} ({k.count})
                      </Link>
                    </li>
                  ))}
              </ul>
            </section>
            <section aria-labelledby="nouveautes">
              <h2 id="nouveautes">Nouveautés</h2>
              {c.latest.length === 0 ? (
                <p>Aucune ressource publiée pour le moment.</p>
              ) : (
                <ul className="grid">
                  {c.latest.map((r) => (
                    <ResourceCard key={r.id} resource={r} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Loaded>

      <section aria-labelledby="mes-ressources">
        <h2 id="mes-ressources">Mes contributions et mes outils</h2>
        <Loaded result={mine}>
          {(list) =>
            list.length === 0 ? (
              <p>
                Vous n'avez encore rien proposé. Copiez un modèle dans vos outils, ou{" "}
                <Link to="/intranet/ressources/nouvelle">proposez une ressource</Link>.
              </p>
            ) : (
              <ul className="grid">
                {list.map((r) => (
                  <ResourceCard key={r.id} resource={r} withState />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>

      <section aria-labelledby="favoris">
        <h2 id="favoris">Mes favoris</h2>
        <Loaded result={bookmarks}>
          {(list) =>
            list.length === 0 ? (
              <p>Ajoutez une ressource à vos favoris depuis sa page pour la retrouver ici.</p>
            ) : (
              <ul className="grid">
                {list.map((r) => (
                  <ResourceCard key={r.id} resource={r} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
      {user.roles.includes("coach") && (
        <p className="muted">
          Les outils personnels des entrepreneurs que vous accompagnez sont trouvés par la recherche du site.
        </p>
      )}
    </>
  );
}

export default membersOnly(Centre);
