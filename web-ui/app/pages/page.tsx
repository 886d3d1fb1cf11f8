// /cooperative/<slug>: one page of the cooperative's menu.
import { data } from "react-router";
import { COACHES_PAGE } from "../coach/CoachCards";
import { publicPage } from "../site/cache";
import type { Route } from "./+types/page";
import { loadPresentation, PresentationPage, presentationMeta } from "./public";

/**
 * « Qui sont les accompagnateurs » shows the coaches' cards, which change when a coach gives or withdraws their
 * consent, and no message tells the gateway's page cache of that: it is rendered afresh for each visitor, so a
 * withdrawn consent shows at once.
 */
const NOT_SHARED = "private, no-cache";

export const loader = async ({ params }: Route.LoaderArgs) => {
  const presentation = await loadPresentation(params.slug);
  return params.slug === COACHES_PAGE ? data(presentation, { headers: { "Cache-Control": NOT_SHARED } }) : presentation;
};

// the same page for every visitor: the gateway keeps it (site/cache.ts), except the coaches' page (above)
export const headers: Route.HeadersFunction = (args) =>
  args.loaderHeaders.get("Cache-Control") === NOT_SHARED ? { "Cache-Control": NOT_SHARED } : publicPage(args);

export const meta: Route.MetaFunction = ({ loaderData, matches }) => presentationMeta(loaderData, matches);

export default function Page({ loaderData }: Route.ComponentProps) {
  return <PresentationPage {...loaderData} />;
}
