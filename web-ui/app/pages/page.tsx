// /cooperative/<slug>: one page of the cooperative's menu.
import { publicPage } from "../site/cache";
import type { Route } from "./+types/page";
import { loadPresentation, PresentationPage, presentationMeta } from "./public";

export const loader = ({ params }: Route.LoaderArgs) => loadPresentation(params.slug);

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => presentationMeta(loaderData, matches);

export default function Page({ loaderData }: Route.ComponentProps) {
  return <PresentationPage {...loaderData} />;
}
