import { Link } from "react-router";
import { intranetMeta } from "../intranet/page";
import type { Route } from "./+types/resources";

export const meta: Route.MetaFunction = ({ matches }) =>
  intranetMeta("Centre de ressources", "/intranet/ressources", matches);

// The resource centre comes with its own issue; the card of the home page already leads here.
export default function Resources() {
  return (
    <>
      <h1>Centre de ressources</h1>
      <p className="lead">
        Documents, fiches pratiques et outils de la coopérative (livret de créateur, modèle de suivi d'activité…) seront
        bientôt réunis ici.
      </p>
      <p>
        En attendant, demandez-les à votre accompagnateur ou écrivez à{" "}
        <a href="mailto:contact@coopemploi.com">contact@coopemploi.com</a>.{" "}
        <Link to="/intranet">Retour à mon espace</Link>
      </p>
    </>
  );
}
