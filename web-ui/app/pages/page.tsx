// /cooperative/<slug>: one page of the cooperative's menu.
import { data } from "react-router";
import { publicPage } from "../site/cache";
import type { Route } from "./+types/page";
import { loadPresentation, PresentationPage, presentationMeta } from "./public";

/**
 * « Qui sont les accompagnateurs » is kept like the other pages: members-service tells the gateway's page cache when
 * a coach's profile or consent changes (`members.coach-profile.changed`), so a withdrawn consent leaves it within
 * seconds. Only when the coaches could not be read is it rendered afresh for each visitor, so that staff's text
 * alone is not what everyone gets for the page's life.
 */
const NOT_SHARED = "private, no-cache";

export const loader = async ({ params }: Route.LoaderArgs) => {
  const presentation = await loadPresentation(params.slug);
  return presentation.coachesUnavailable
    ? data(presentation, { headers: { "Cache-Control": NOT_SHARED } })
    : presentation;
};

// the same page for every visitor: the gateway keeps it (site/cache.ts), except a coaches' page without its coaches
export const headers: Route.HeadersFunction = (args) =>
  args.loaderHeaders.get("Cache-Control") === NOT_SHARED ? { "Cache-Control": NOT_SHARED } : publicPage(args);

export const meta: Route.MetaFunction = ({ loaderData, matches }) => presentationMeta(loaderData, matches);

export default function Page({ loaderData }: Route.ComponentProps) {
  return <PresentationPage {...loaderData} />;
}
