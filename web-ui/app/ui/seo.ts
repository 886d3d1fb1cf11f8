import type { MetaDescriptor } from "react-router";

export const SITE_NAME = "COOP'EMPLOI";
export const DEFAULT_PUBLIC_URL = "http://localhost:8080";

interface MatchLike {
  id: string;
  // React Router types `loaderData` per route; only the root's publicUrl is read here.
  loaderData?: unknown;
}

/** The site's absolute base URL, given by the root loader (PUBLIC_URL on the server). */
export function publicUrlFrom(matches: readonly (MatchLike | undefined)[]): string {
  const root = matches.find((m) => m?.id === "root")?.loaderData as { publicUrl?: string } | undefined;
  return root?.publicUrl ?? DEFAULT_PUBLIC_URL;
}

interface SeoInput {
  title: string;
  description: string;
  path: string;
  matches: readonly (MatchLike | undefined)[];
  type?: "website" | "article" | "profile";
  noindex?: boolean;
  jsonLd?: Record<string, unknown>;
}

/** Title, description, canonical link, Open Graph tags and optional JSON-LD of one page. */
export function seo({
  title,
  description,
  path,
  matches,
  type = "website",
  noindex,
  jsonLd,
}: SeoInput): MetaDescriptor[] {
  const url = publicUrlFrom(matches) + path;
  const fullTitle = path === "/" ? title : `${title} | ${SITE_NAME}`;
  const tags: MetaDescriptor[] = [
    { title: fullTitle },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:type", content: type },
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:locale", content: "fr_FR" },
    { property: "og:title", content: fullTitle },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { name: "twitter:card", content: "summary" },
  ];
  if (noindex) tags.push({ name: "robots", content: "noindex" });
  if (jsonLd) tags.push({ "script:ld+json": { "@context": "https://schema.org", ...jsonLd } });
  return tags;
}

/** The cooperative itself, as schema.org sees it. */
export function organizationLd(publicUrl: string): Record<string, unknown> {
  return {
    "@type": "Organization",
    name: SITE_NAME,
    description: "Coopérative d'activités et d'emploi en Haute-Savoie",
    url: `${publicUrl}/`,
    email: "contact@coopemploi.com",
    address: {
      "@type": "PostalAddress",
      streetAddress: "1025 ancienne route d'Annecy",
      postalCode: "74600",
      addressLocality: "Seynod",
      addressRegion: "Haute-Savoie",
      addressCountry: "FR",
    },
  };
}
