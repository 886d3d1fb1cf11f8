import { Link } from "react-router";
import type { ShowcaseSummary } from "../lib/api";

export function ShowcaseCard({ showcase }: { showcase: ShowcaseSummary }) {
  return (
    <article className="card">
      <p className="card-kicker">{showcase.sectorLabel}</p>
      <h3 className="card-title">
        <Link to={`/entrepreneurs/${showcase.slug}`}>{showcase.businessName}</Link>
      </h3>
      <p className="card-meta">
        {showcase.displayName} · {showcase.town}
      </p>
      {showcase.tagline && <p>{showcase.tagline}</p>}
    </article>
  );
}
