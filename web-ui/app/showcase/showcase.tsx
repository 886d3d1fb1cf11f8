import { data, redirect } from "react-router";
import { orThrow } from "../api/client";
import { getShowcase } from "../api/members";
import { publicPage } from "../site/cache";
import { cooperativeFrom } from "../ui/cooperative";
import { safeHttpUrl } from "../ui/format";
import { publicUrlFrom, seo } from "../ui/seo";
import type { Route } from "./+types/showcase";
import { type ShowcaseDetail, ShowcaseView, withPages } from "./ShowcaseView";

export async function loader({ params }: Route.LoaderArgs) {
  const found = orThrow(await getShowcase(params.slug));
  // a renamed showcase: the API followed its 301 to the new address; the page moves permanently too
  if (found.slug !== params.slug) {
    throw redirect(`/entrepreneurs/${found.slug}${params.page ? `/${params.page}` : ""}`, 301);
  }
  // the showcase's own address answers its pages (the lists leave them out)
  const showcase = withPages(found);
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
    // makers and sellers are local businesses; the others sell their expertise
    "@type": s.makesProducts ? "LocalBusiness" : "ProfessionalService",
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
  return (
    <div className="container page">
      <ShowcaseView showcase={showcase} current={current} pageHref={(slug) => pagePath(showcase, slug)} />
    </div>
  );
}
