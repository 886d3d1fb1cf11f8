import { data, redirect } from "react-router";
import { orThrow } from "../api/client";
import { consentFor, getConsents } from "../api/events";
import { getShowcase } from "../api/members";
import { publicPage } from "../site/cache";
import { cooperativeFrom } from "../ui/cooperative";
import { publicUrlFrom, seo } from "../ui/seo";
import type { Route } from "./+types/showcase";
import { ShowcaseView, withPages } from "./ShowcaseView";
import { showcasePagePath as pagePath, pagePicture, sharedImage, showcaseLd } from "./structured-data";

export async function loader({ params }: Route.LoaderArgs) {
  const [shown, consents] = await Promise.all([getShowcase(params.slug), getConsents()]);
  const found = orThrow(shown);
  // a renamed showcase: the API followed its 301 to the new address; the page moves permanently too
  if (found.slug !== params.slug) {
    throw redirect(`/entrepreneurs/${found.slug}${params.page ? `/${params.page}` : ""}`, 301);
  }
  // the showcase's own address answers its pages (the lists leave them out)
  const showcase = withPages(found);
  const current = params.page ? showcase.pages.find((p) => p.slug === params.page) : showcase.pages[0];
  if (!current) throw data("Page introuvable", { status: 404 });
  return { showcase, current, consent: consentFor(consents, "SHOWCASE_MESSAGE") };
}

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => {
  if (!loaderData) return [];
  const { showcase, current } = loaderData;
  const path = pagePath(showcase, current.slug);
  const isFirst = path === `/entrepreneurs/${showcase.slug}`;
  const publicUrl = publicUrlFrom(matches);
  return seo({
    title: isFirst
      ? `${showcase.businessName}, ${showcase.sectorLabel} à ${showcase.town}`
      : `${current.title} – ${showcase.businessName}`,
    // each page its own description: the tagline presents the business, a further page its own text
    description:
      (isFirst ? showcase.tagline || current.description : current.description || showcase.tagline) ||
      `${showcase.businessName}, entrepreneur de ${cooperativeFrom(matches).name} à ${showcase.town}.`,
    path,
    matches,
    type: "profile",
    image: sharedImage(pagePicture(showcase, current), publicUrl),
    jsonLd: showcaseLd(showcase, current, { publicUrl, cooperative: cooperativeFrom(matches).name }),
  });
};

export default function Showcase({ loaderData }: Route.ComponentProps) {
  const { showcase, current } = loaderData;
  return (
    <div className="container page">
      <ShowcaseView
        showcase={showcase}
        current={current}
        pageHref={(slug) => pagePath(showcase, slug)}
        consent={loaderData.consent}
      />
    </div>
  );
}
