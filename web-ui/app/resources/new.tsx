// Proposing a resource: a draft is created, then its page opens to add its files and propose it to the coaches.
import { Link, useNavigate } from "react-router";
import { forMembers, intranetMeta, membersOnly, useIntranetUser } from "../intranet/page";
import type { Route } from "./+types/new";
import { resourcePath } from "./ResourceCard";
import { ResourceForm } from "./ResourceForm";

export async function clientLoader() {
  return forMembers(async () => ({}));
}
clientLoader.hydrate = true as const;

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Proposer une ressource", "/intranet/ressources/nouvelle", matches);

function NewResource() {
  const user = useIntranetUser();
  const navigate = useNavigate();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/intranet/ressources">Centre de ressources</Link>
      </p>
      <h1>Proposer une ressource</h1>
      <p className="lead">
        Écrivez-la, ajoutez ses fichiers sur sa page, puis proposez-la : un accompagnateur la relit et la valide avant
        qu'elle soit partagée. Vous êtes prévenu·e par e-mail de sa décision.
      </p>
      <ResourceForm roles={user.roles} onSaved={(view) => navigate(resourcePath(view.slug))} />
    </>
  );
}

export default membersOnly(NewResource);
