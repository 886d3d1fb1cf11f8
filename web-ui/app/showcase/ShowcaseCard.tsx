import { Link } from "react-router";
import { labels } from "../api/members";

/** Sectors as members-service labels them. */
export const SECTORS: Readonly<Record<string, string>> = labels.Sector;

import type { ShowcaseResponse } from "../api/members";

export function ShowcaseCard({ showcase }: { showcase: ShowcaseResponse }) {
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
