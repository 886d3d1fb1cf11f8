// One public resource on the public site (rendered on the server): its text, steps and files, the same for everyone.
// A resource that is not public is « Page introuvable » here, as the service answers.
import { data, Link } from "react-router";
import { orThrow } from "../api/client";
import { getResource } from "../api/resources";
import { cooperativeFrom } from "../ui/cooperative";
import { seo } from "../ui/seo";
import type { Route } from "./+types/public-resource";
import { Content } from "./Content";
import { KINDS } from "./labels";
import { NextWorkshops } from "./NextWorkshops";

export async function loader({ params }: Route.LoaderArgs) {
  // no session passed on: what the public site shows is what visitors may read
  const resource = orThrow(await getResource(params.slug));
  if (resource.live?.audience !== "PUBLIC") throw data("Page introuvable", { status: 404 });
  return { resource };
}

export const meta: Route.MetaFunction = ({ loaderData, params, matches }) => {
  const live = loaderData?.resource.live;
  return seo({
    title: live?.title ?? "Ressource",
    description: live?.summary || `Une ressource de ${cooperativeFrom(matches).name}.`,
    path: `/ressources/${params.slug}`,
    matches,
    type: "article",
  });
};

export default function PublicResource({ loaderData }: Route.ComponentProps) {
  const { resource } = loaderData;
  const live = resource.live!;
  return (
    <article className="container page" aria-labelledby="titre-ressource">
      <p className="breadcrumb">
        <Link to="/ressources">Ressources</Link> › {KINDS[resource.kind] ?? resource.kind}
      </p>
      <h1 id="titre-ressource">{live.title}</h1>
      <Content content={live} publicPage />
      <NextWorkshops workshops={resource.workshops} publicPage />
    </article>
  );
}
