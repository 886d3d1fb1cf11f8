// /cooperative: the cooperative's own page, then the menu of the presentation pages with what each answers.
import { Link } from "react-router";
import { publicPage } from "../site/cache";
import { ServiceHtml } from "../ui/ServiceHtml";
import type { Route } from "./+types/cooperative";
import { loadPresentation, presentationMeta } from "./public";

export const loader = () => loadPresentation("cooperative");

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => presentationMeta(loaderData, matches);

export default function Cooperative({ loaderData }: Route.ComponentProps) {
  const { page, menu } = loaderData;
  return (
    <div className="container page">
      <h1>{page.title}</h1>
      <ServiceHtml html={page.html} />
      {menu.length > 0 && (
        <section aria-labelledby="questions">
          <h2 id="questions">La coopérative en questions</h2>
          <ul className="page-list">
            {menu.map((p) => (
              <li key={p.slug}>
                <h3>
                  <Link to={p.path}>{p.title}</Link>
                </h3>
                <p>{p.description}</p>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/agenda?kind=INFO_MEETING" className="button">
              S'inscrire à une réunion d'information
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
