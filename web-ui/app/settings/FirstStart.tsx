// The first-start screen: on a platform started without demo data, members-service says `configured: false` until
// staff save the cooperative's settings, and there is no antenna yet. Staff who manage every antenna (the first staff
// account, COOP_ADMIN_EMAIL) find on their intranet home the steps to set the cooperative up, each done in its own
// page and marked « fait » once done, until both the settings and a first antenna exist.
import { Link } from "react-router";
import { SETTINGS_PATH, useCooperative } from "../ui/cooperative";

export const ANTENNAS_PATH = "/intranet/gestion/antennes";
export const ACCOUNTS_PATH = "/intranet/gestion/comptes";

/** Nothing once the cooperative is described and has an antenna, or for anyone but staff of the head office. */
export function FirstStart({
  managesEveryAntenna,
  antennaCount,
}: {
  managesEveryAntenna: boolean;
  antennaCount: number;
}) {
  const cooperative = useCooperative();
  if ((cooperative.configured && antennaCount > 0) || !managesEveryAntenna) return null;
  const step = (done: boolean) => (done ? " (fait)" : "");
  return (
    <section aria-labelledby="premiere-mise-en-route" className="notice">
      <h2 id="premiere-mise-en-route">Première mise en route</h2>
      <p>
        {cooperative.configured
          ? "La coopérative est décrite ; il lui manque encore une antenne."
          : "La plateforme n'est pas encore configurée : le site public affiche un nom neutre tant que la coopérative n'a pas été décrite."}{" "}
        Trois étapes, dans l'ordre :
      </p>
      <ol>
        <li>
          <Link to={SETTINGS_PATH}>Décrire la coopérative</Link>
          {step(cooperative.configured)} : nom, logo, couleurs, adresse, adresse de contact et expéditeur des e-mails.
        </li>
        <li>
          <Link to={ANTENNAS_PATH}>Créer la première antenne</Link>
          {step(antennaCount > 0)} : elle devient le siège.
        </li>
        <li>
          <Link to={ACCOUNTS_PATH}>Inviter l'équipe</Link> : accompagnateurs et équipe permanente reçoivent un e-mail
          pour choisir leur mot de passe.
        </li>
      </ol>
    </section>
  );
}
