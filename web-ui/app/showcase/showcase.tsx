import { data, Link, NavLink, redirect } from "react-router";
import { orThrow } from "../api/client";
import { getShowcase, type ShowcaseResponse } from "../api/members";
import { publicPage } from "../site/cache";
import { cooperativeFrom } from "../ui/cooperative";
import { safeHttpUrl } from "../ui/format";
import { ServiceHtml } from "../ui/ServiceHtml";
import { publicUrlFrom, seo } from "../ui/seo";
import { TeamMailbox } from "../ui/TeamMailbox";
import type { Route } from "./+types/showcase";

type ShowcaseDetail = ShowcaseResponse & { pages: NonNullable<ShowcaseResponse["pages"]> };

// Makers and sellers are local businesses; the others sell their expertise.
const PRODUCT_SECTORS = new Set(["CRAFTS", "FURNITURE", "JEWELLERY", "CLOTHING", "FOOD"]);

export async function loader({ params }: Route.LoaderArgs) {
  const found = orThrow(await getShowcase(params.slug));
  // a renamed showcase: the API followed its 301 to the new address; the page moves permanently too
  if (found.slug !== params.slug) {
    throw redirect(`/entrepreneurs/${found.slug}${params.page ? `/${params.page}` : ""}`, 301);
  }
  // the showcase's own address answers its pages (the lists leave them out)
  const showcase: ShowcaseDetail = { ...found, pages: found.pages ?? [] };
  const current = params.page ? showcase.pages.find((p) => p.slug === params.page) : showcase.pages[0];
  if (!current) throw data("Page introuvable", { status: 404 });
  return { showcase, current };
}

function pagePath(showcase: ShowcaseDetail, pageSlug: string): string {
  const base = `/entrepreneurs/${showcase.slug}`;
  return showcase.pages[0]?.slug === pageSlug ? base : `${base}/${pageSlug}`;
}

function businessLd(s: ShowcaseDetail, url: string, cooperative: string): Record<string, unknown> {
  return {
    "@type": PRODUCT_SECTORS.has(s.sector) ? "LocalBusiness" : "ProfessionalService",
    name: s.businessName,
    description: s.tagline,
    url,
    ...(safeHttpUrl(s.website) ? { sameAs: [safeHttpUrl(s.website)] } : {}),
    ...(s.contactEmail ? { email: s.contactEmail } : {}),
    ...(s.phone ? { telephone: s.phone } : {}),
    founder: { "@type": "Person", name: s.displayName },
    address: { "@type": "PostalAddress", addressLocality: s.town, addressCountry: "FR" },
    parentOrganization: { "@type": "Organization", name: cooperative },
  };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  if (!loaderData) return [];
  const { showcase, current } = loaderData;
  const path = pagePath(showcase, current.slug);
  const isFirst = path === `/entrepreneurs/${showcase.slug}`;
  return seo({
    title: isFirst
      ? `${showcase.businessName}, ${showcase.sectorLabel} à ${showcase.town}`
      : `${current.title} – ${showcase.businessName}`,
    description:
      showcase.tagline ||
      `${showcase.businessName}, entrepreneur de ${cooperativeFrom(matches).name} à ${showcase.town}.`,
    path,
    matches,
    type: "profile",
    jsonLd: businessLd(
      showcase,
      `${publicUrlFrom(matches)}/entrepreneurs/${showcase.slug}`,
      cooperativeFrom(matches).name,
    ),
  });
};

export default function Showcase({ loaderData }: Route.ComponentProps) {
  const { showcase, current } = loaderData;
  const website = safeHttpUrl(showcase.website);
  return (
    <div className="container page">
      <p className="breadcrumb">
        <Link to="/entrepreneurs">Entrepreneurs</Link> ›{" "}
        <Link to={`/entrepreneurs?secteur=${showcase.sector}`}>{showcase.sectorLabel}</Link>
      </p>
      <h1>{showcase.businessName}</h1>
      <p className="lead">{showcase.tagline}</p>
      <p className="card-meta">
        {showcase.displayName} · {showcase.town}
        {showcase.antenna && <> · antenne de {showcase.antenna.name}</>}
      </p>

      {showcase.pages.length > 1 && (
        <nav aria-label={`Pages de ${showcase.businessName}`} className="tabs">
          <ul>
            {showcase.pages.map((p) => (
              <li key={p.slug}>
                <NavLink to={pagePath(showcase, p.slug)} end>
                  {p.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="showcase-layout">
        <article className="prose">
          <h2>{current.title}</h2>
          <ServiceHtml html={current.html} />
        </article>
        <aside className="card" aria-labelledby="contact-entrepreneur">
          <h2 id="contact-entrepreneur" className="card-title">
            Contact
          </h2>
          <ul className="plain">
            {website && (
              <li>
                <a href={website} rel="noopener" target="_blank">
                  Site de {showcase.businessName}
                  <span className="visually-hidden"> (nouvel onglet)</span>
                </a>
              </li>
            )}
            {showcase.contactEmail && (
              <li>
                <a href={`mailto:${showcase.contactEmail}`}>{showcase.contactEmail}</a>
              </li>
            )}
            {showcase.phone && (
              <li>
                <a href={`tel:${showcase.phone.replace(/\s+/g, "")}`}>{showcase.phone}</a>
              </li>
            )}
            {!website && !showcase.contactEmail && !showcase.phone && (
              <li>
                Écrivez à <TeamMailbox />, nous transmettrons.
              </li>
            )}
          </ul>
        </aside>
      </div>
    </div>
  );
}
