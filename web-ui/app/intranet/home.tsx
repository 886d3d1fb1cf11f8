import { Link } from "react-router";
import { listAntennas } from "../api/members";
import { getReviewQueue } from "../api/resources";
import { currentUser } from "../api/session";
import { FirstStart } from "../settings/FirstStart";
import { TeamMailbox } from "../ui/TeamMailbox";
import type { Route } from "./+types/home";
import { forMembers, intranetMeta, membersOnly, useIntranetUser } from "./page";
import { ACCOUNT_TOOLS, ROLE_NAMES, ROLE_SPACES, TOOLS } from "./tools";

export async function clientLoader() {
  return forMembers(async () => {
    const user = await currentUser();
    const roles = user.ok && user.data.authenticated ? user.data.roles : [];
    const needsQueue = roles.some((role) => TOOLS[role]?.some((tool) => tool.count === "resourcesToReview"));
    const [antennas, queue] = await Promise.all([listAntennas(), needsQueue ? getReviewQueue() : null]);
    return {
      counts: { resourcesToReview: queue?.ok ? queue.data.count : undefined } as Record<string, number | undefined>,
      antennaNames: Object.fromEntries((antennas.ok ? antennas.data : []).map((a) => [a.code, a.name])) as Record<
        string,
        string
      >,
    };
  });
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) => intranetMeta("Espace membres", "/intranet", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function IntranetHome({ loaderData }: { loaderData: PageData }) {
  const user = useIntranetUser();
  const { antennaNames, counts } = loaderData;
  const roles = user.roles.filter((r) => TOOLS[r]);
  const antennas = user.antennas.map((code) => antennaNames[code] ?? code);

  return (
    <>
      <h1>Bonjour {user.name}</h1>
      {user.roles.includes("staff") && (
        <FirstStart
          managesEveryAntenna={user.managesEveryAntenna === true}
          antennaCount={Object.keys(antennaNames).length}
        />
      )}
      <dl className="facts">
        <dt>{roles.length > 1 ? "Rôles" : "Rôle"}</dt>
        <dd>{roles.length ? roles.map((r) => ROLE_NAMES[r]).join(", ") : "Aucun rôle attribué"}</dd>
        {antennas.length > 0 && (
          <>
            <dt>{antennas.length > 1 ? "Antennes" : "Antenne"}</dt>
            <dd>{antennas.join(", ")}</dd>
          </>
        )}
      </dl>
      {roles.length === 0 && (
        <p className="notice">
          Votre compte n'a pas encore de rôle. Écrivez à <TeamMailbox /> pour que l'équipe vous donne accès à vos
          outils.
        </p>
      )}
      {roles.map((role) => (
        <section key={role} aria-labelledby={`espace-${role}`}>
          <h2 id={`espace-${role}`}>{ROLE_SPACES[role]}</h2>
          <ul className="grid tool-grid">
            {TOOLS[role]
              .filter((tool) => !tool.headOffice || user.managesEveryAntenna)
              .map((tool) => (
                <li key={tool.to} className="card">
                  <h3 className="card-title">
                    <Link to={tool.to}>{tool.title}</Link>
                  </h3>
                  <p>{tool.text}</p>
                  {tool.count && counts[tool.count] !== undefined && (
                    <p className="card-meta">
                      {counts[tool.count] === 0
                        ? "Rien n'attend votre décision."
                        : counts[tool.count] === 1
                          ? "1 contribution attend votre décision."
                          : `${counts[tool.count]} contributions attendent votre décision.`}
                    </p>
                  )}
                </li>
              ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="espace-compte">
        <h2 id="espace-compte">Mon compte</h2>
        <ul className="grid tool-grid">
          {ACCOUNT_TOOLS.map((tool) => (
            <li key={tool.to} className="card">
              <h3 className="card-title">
                <Link to={tool.to}>{tool.title}</Link>
              </h3>
              <p>{tool.text}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export default membersOnly(IntranetHome);
