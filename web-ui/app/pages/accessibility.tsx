// /accessibilite: the accessibility statement staff write.
import { publicPage } from "../site/cache";
import type { Route } from "./+types/accessibility";
import { loadPresentation, PresentationPage, presentationMeta } from "./public";

export const loader = () => loadPresentation("accessibilite");

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ loaderData, matches }) => presentationMeta(loaderData, matches);

export default function Accessibility({ loaderData }: Route.ComponentProps) {
  return <PresentationPage {...loaderData} />;
}
