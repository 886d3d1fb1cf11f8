import type { MetaDescriptor } from "react-router";
import { addressLines, type Cooperative, cooperativeFrom, shortNameOf } from "./cooperative";

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

/** The picture that represents a page when it is shared (Open Graph, Twitter card): an absolute address. */
export interface SharedImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type?: string;
}

interface SeoInput {
  title: string;
  description: string;
  path: string;
  matches: readonly (MatchLike | undefined)[];
  type?: "website" | "article" | "profile";
  /** `noindex`: out of the index and its links not followed either. */
  noindex?: boolean;
  /** the robots meta when it is not plain indexing, e.g. "noindex, follow" on a filtered listing */
  robots?: string;
  /** the canonical address when it is not the page's own `path` (a filtered listing points to the unfiltered one) */
  canonicalPath?: string;
  image?: SharedImage;
  jsonLd?: Record<string, unknown>;
}

/** Title, description, canonical link, Open Graph and Twitter tags and optional JSON-LD of one page. */
export function seo({
  title,
  description,
  path,
  matches,
  type = "website",
  noindex,
  robots,
  canonicalPath,
  image,
  jsonLd,
}: SeoInput): MetaDescriptor[] {
  const base = publicUrlFrom(matches);
  const url = base + (canonicalPath ?? path);
  const siteName = shortNameOf(cooperativeFrom(matches));
  const fullTitle = path === "/" ? title : `${title} | ${siteName}`;
  const tags: MetaDescriptor[] = [
    { title: fullTitle },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:type", content: type },
    { property: "og:site_name", content: siteName },
    { property: "og:locale", content: "fr_FR" },
    { property: "og:title", content: fullTitle },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { name: "twitter:card", content: image ? "summary_large_image" : "summary" },
  ];
  if (image) {
    tags.push(
      { property: "og:image", content: image.url },
      ...(image.type ? [{ property: "og:image:type", content: image.type }] : []),
      { property: "og:image:width", content: String(image.width) },
      { property: "og:image:height", content: String(image.height) },
      { property: "og:image:alt", content: image.alt },
      { name: "twitter:image", content: image.url },
      { name: "twitter:image:alt", content: image.alt },
    );
  }
  if (noindex) tags.push({ name: "robots", content: "noindex" });
  else if (robots) tags.push({ name: "robots", content: robots });
  if (jsonLd) tags.push({ "script:ld+json": { "@context": "https://schema.org", ...jsonLd } });
  return tags;
}

/** The cooperative itself, as schema.org sees it, from its settings. */
export function organizationLd(cooperative: Cooperative, publicUrl: string): Record<string, unknown> {
  const ld: Record<string, unknown> = {
    "@type": "Organization",
    name: cooperative.name,
    url: `${publicUrl}/`,
  };
  if (cooperative.shortName && cooperative.shortName !== cooperative.name) ld.alternateName = cooperative.shortName;
  if (cooperative.legalForm) ld.description = cooperative.legalForm;
  if (cooperative.contactEmail) ld.email = cooperative.contactEmail;
  if (cooperative.phone) ld.telephone = cooperative.phone;
  if (cooperative.logoUrl) ld.logo = publicUrl + cooperative.logoUrl;
  if (cooperative.address) {
    ld.address = {
      "@type": "PostalAddress",
      streetAddress: cooperative.address.street ?? undefined,
      postalCode: cooperative.address.postalCode ?? undefined,
      addressLocality: cooperative.address.town,
      addressCountry: "FR",
    };
  }
  if (cooperative.socialLinks.length) ld.sameAs = cooperative.socialLinks.map((l) => l.url);
  return ld;
}

/** The cooperative's address on one line ("1 rue X, 74000 Ville"), or null. */
export function oneLineAddress(cooperative: Cooperative): string | null {
  const lines = addressLines(cooperative);
  return lines.length ? lines.join(", ") : null;
}
