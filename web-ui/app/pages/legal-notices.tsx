// /mentions-legales: the legal notices staff write.
import { publicPage } from "../site/cache";
import type { Route } from "./+types/legal-notices";
import { loadPresentation, PresentationPage, presentationMeta } from "./public";

export const loader = () => loadPresentation("mentions-legales");

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => presentationMeta(loaderData, matches);

export default function LegalNotices({ loaderData }: Route.ComponentProps) {
  return <PresentationPage {...loaderData} />;
}
