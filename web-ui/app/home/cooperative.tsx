import { Link } from "react-router";
import { publicPage } from "../site/cache";
import { seo } from "../ui/seo";
import type { Route } from "./+types/cooperative";

// the same page for every visitor: the gateway keeps it (site/cache.ts)
export const headers = publicPage;

export const meta: Route.MetaFunction = ({ matches }) =>
  seo({
    title: "La coopérative : fonctionnement, statut et accompagnement",
    description:
      "Fonctionnement de COOP'EMPLOI, modalités d'intégration, statut d'entrepreneur-salarié (CAPE, CESA), parcours, accompagnement et réseaux.",
    path: "/cooperative",
    matches,
  });

const SECTIONS = [
  ["fonctionnement", "Fonctionnement"],
  ["integration", "Modalités d'intégration"],
  ["statut", "Cadre juridique et statut"],
  ["parcours", "Parcours de professionnalisation"],
  ["accompagnement", "Accompagnement et accompagnateurs"],
  ["reseaux", "Réseaux"],
] as const;

export default function Cooperative() {
  return (
    <div className="container page prose">
      <h1>La coopérative d'activités et d'emploi</h1>
      <p className="lead">
        Une coopérative d'activités et d'emploi (CAE) permet de créer son activité et son emploi dans un cadre collectif
        et sécurisé. COOP'EMPLOI a ouvert ses portes le 1er juin 2016 à Seynod et accueille des porteurs de projet de
        toute la Haute-Savoie, à Seynod comme dans ses antennes.
      </p>

      <nav aria-label="Sommaire de la page" className="toc">
        <h2 className="toc-title">Sommaire</h2>
        <ol>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="fonctionnement">
        <h2 id="fonctionnement">Fonctionnement</h2>
        <p>
          Dans le paysage de la création d'activités, la CAE se situe entre la création d'une entreprise individuelle et
          le salariat classique. L'entrepreneur développe sa propre activité, avec ses clients, ses prix et son
          organisation, mais il ne crée pas de structure juridique : c'est la coopérative qui porte l'activité.
        </p>
        <p>
          COOP'EMPLOI se charge de la gestion administrative, comptable, fiscale et sociale : facturation sous son
          numéro, tenue de la comptabilité, déclarations, assurances. Chaque entrepreneur contribue aux frais communs de
          la coopérative par une participation calculée sur son activité.
        </p>
        <p>
          La coopérative s'adresse à toute personne qui souhaite vivre d'une activité économique : demandeurs d'emploi,
          bénéficiaires de minima sociaux, salariés en reconversion, jeunes diplômés. Elle est ouverte en priorité aux
          habitants des quartiers prioritaires de la communauté d'agglomération du Grand Annecy, et à tout le
          département.
        </p>
      </section>

      <section aria-labelledby="integration">
        <h2 id="integration">Modalités d'intégration</h2>
        <ol>
          <li>
            <strong>Réunion d'information collective.</strong> Gratuite et sans engagement, elle présente la
            coopérative, le statut et le parcours. Vous pouvez vous y inscrire vous-même ou par l'intermédiaire de votre
            conseiller (PLIE, mission locale, ALE, Espace gestion, CCAS…).
          </li>
          <li>
            <strong>Entretien individuel.</strong> Un accompagnateur étudie avec vous votre projet, votre marché et vos
            besoins.
          </li>
          <li>
            <strong>Signature d'un contrat.</strong> Si le projet est prêt à être testé, vous signez un contrat d'appui
            au projet d'entreprise et démarrez votre activité.
          </li>
        </ol>
        <p>
          Sont accueillies la plupart des activités de production, de commerce et de services : artisanat d'art,
          mobilier, bijoux, vêtements et textile, services web et numériques, conseil et formation, alimentation,
          bien-être, services aux particuliers. Certaines activités réglementées ou nécessitant de lourds
          investissements ne peuvent pas être hébergées : parlons-en lors de l'entretien.
        </p>
        <p>
          <Link to="/agenda?kind=INFO_MEETING" className="button">
            S'inscrire à une réunion d'information
          </Link>
        </p>
      </section>

      <section aria-labelledby="statut">
        <h2 id="statut">Cadre juridique et statut de l'entrepreneur</h2>
        <p>
          Les coopératives d'activités et d'emploi et le statut d'entrepreneur-salarié sont définis par la loi n°
          2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire et inscrits dans le Code du travail.
          L'entrepreneur-salarié est autonome dans son activité tout en bénéficiant de la protection sociale des
          salariés (assurance maladie, retraite, assurance chômage).
        </p>
        <dl>
          <dt>CAPE : contrat d'appui au projet d'entreprise</dt>
          <dd>
            Le temps du test. Vous lancez votre activité et facturez vos premiers clients sous le numéro de la
            coopérative, tout en conservant vos droits éventuels (allocations, minima sociaux). Ce contrat est conclu
            pour douze mois au plus, renouvelable deux fois.
          </dd>
          <dt>CESA : contrat d'entrepreneur-salarié associé</dt>
          <dd>
            Quand votre chiffre d'affaires le permet, vous devenez salarié de la coopérative en contrat à durée
            indéterminée. Votre salaire est calculé à partir de votre activité. Dans les trois ans, vous êtes invité à
            devenir associé de la coopérative et à participer à ses décisions.
          </dd>
        </dl>
      </section>

      <section aria-labelledby="parcours">
        <h2 id="parcours">Parcours de professionnalisation</h2>
        <p>
          Le parcours suit le rythme de votre activité : tester, puis développer, puis pérenniser. Une convention
          d'accompagnement fixe avec vous des objectifs (chiffre d'affaires, clientèle, compétences à acquérir) que vous
          suivez en temps réel grâce à vos tableaux de bord.
        </p>
        <ul>
          <li>Le test en grandeur réelle de votre activité, sans risque juridique ni financier personnel ;</li>
          <li>la montée en compétences en gestion, en commercialisation et en production ;</li>
          <li>le salariat, puis le sociétariat, ou la création de votre propre entreprise si vous le préférez.</li>
        </ul>
      </section>

      <section aria-labelledby="accompagnement">
        <h2 id="accompagnement">Accompagnement et accompagnateurs</h2>
        <p>
          L'équipe permanente compte quatre accompagnateurs-formateurs, spécialistes de la création et de la gestion
          d'entreprise et de la démarche commerciale. Chaque entrepreneur a un accompagnateur référent.
        </p>
        <ul>
          <li>des entretiens individuels réguliers avec votre accompagnateur ;</li>
          <li>des ateliers collectifs de formation (gestion, commercial, production) ;</li>
          <li>des réunions mensuelles entre entrepreneurs pour échanger et coopérer ;</li>
          <li>
            un centre de ressources en ligne : outils de formation, documentation par secteur, modèles, tableaux de bord
            et questions-réponses, accessible à distance depuis chez vous ou depuis une antenne.
          </li>
        </ul>
        <p>
          Les porteurs de projet éloignés de Seynod bénéficient du même niveau d'information et d'accompagnement, grâce
          aux antennes du département et au centre de ressources en ligne.
        </p>
      </section>

      <section aria-labelledby="reseaux">
        <h2 id="reseaux">Réseaux</h2>
        <p>
          COOP'EMPLOI est une société coopérative : elle appartient au réseau des Scop et est la première coopérative
          d'activités et d'emploi du réseau « Coopérer pour Entreprendre » en Auvergne-Rhône-Alpes. Ce réseau national
          rassemble des dizaines de CAE qui partagent leurs pratiques, leurs outils et leurs valeurs : coopération,
          autonomie et solidarité.
        </p>
        <p>
          Prescripteurs, partenaires, financeurs : <Link to="/contact">contactez l'équipe</Link> pour nous rencontrer.
        </p>
      </section>
    </div>
  );
}
