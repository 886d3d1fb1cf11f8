// Showcases waiting for the decision of a coach (the entrepreneurs they follow) or of staff (their antennas), oldest
// first.
import { Link } from "react-router";
import { listShowcaseReviews } from "../api/members";
import { forMembers, intranetMeta, Loaded, membersOnly } from "../intranet/page";
import { formatDateTime } from "../ui/format";
import type { Route } from "./+types/reviews";

export async function clientLoader() {
  return forMembers(async () => ({ reviews: await listShowcaseReviews() }));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Vitrines à valider", "/intranet/vitrines", matches);

type PageData = NonNullable<Route.ComponentProps["loaderData"]>;

function Reviews({ loaderData }: { loaderData: PageData }) {
  return (
    <>
      <h1>Vitrines à valider</h1>
      <p>
        Les vitrines que des entrepreneurs proposent : relisez-les, puis validez-les ou refusez-les en expliquant
        pourquoi.
      </p>
      <Loaded result={loaderData.reviews}>
        {(reviews) => (
          <>
            <p role="status">
              {reviews.length === 0
                ? "Aucune vitrine n'attend votre décision."
                : reviews.length === 1
                  ? "1 vitrine attend votre décision."
                  : `${reviews.length} vitrines attendent votre décision.`}
            </p>
            {reviews.length > 0 && (
              <ul className="plain stack">
                {reviews.map((r) => (
                  <li key={r.id} className="card">
                    <p className="card-kicker">
                      {r.sectorLabel} · {r.online ? "nouvelle version d'une vitrine publiée" : "première publication"}
                    </p>
                    <h2 className="card-title">
                      <Link to={`/intranet/vitrines/${r.id}`}>{r.businessName}</Link>
                    </h2>
                    <p className="card-meta">
                      {r.ownerName} · proposée le {formatDateTime(r.submittedAt)} (version {r.version})
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

export default membersOnly(Reviews);
