// What each role finds on the intranet home. A new intranet screen adds its card here (see web-ui/README.md).
import { labels } from "../api/members";

/** Roles as members-service labels them. */
export const ROLES: Readonly<Record<string, string>> = labels.PersonRole;

/** Every realm role's name, funders included (they are no members' people: members-service has no label for them). */
export const ROLE_NAMES: Readonly<Record<string, string>> = { ...ROLES, funder: "Financeur" };

export interface Tool {
  to: string;
  title: string;
  text: string;
  /** a count the home shows on the card, loaded with it */
  count?: "resourcesToReview";
  /** only for staff of the head office (who manage every antenna) */
  headOffice?: boolean;
}

export const ROLE_SPACES: Record<string, string> = {
  entrepreneur: "Espace entrepreneur",
  coach: "Espace accompagnateur",
  prescriber: "Espace prescripteur",
  staff: "Équipe permanente",
  funder: "Espace financeur",
};

export const TOOLS: Record<string, Tool[]> = {
  entrepreneur: [
    {
      to: "/intranet/ateliers",
      title: "Mes ateliers",
      text: "Les prochains ateliers collectifs, mes inscriptions, ma liste d'attente et mes réinscriptions.",
    },
    {
      to: "/intranet/rendez-vous",
      title: "Mes rendez-vous",
      text: "Réserver un entretien avec un accompagnateur, voir ou annuler mes rendez-vous.",
    },
    {
      to: "/intranet/mon-dossier",
      title: "Mon dossier",
      text: "Mon parcours dans la coopérative, mon contrat d'accompagnement, mes objectifs et mes coordonnées.",
    },
    {
      to: "/intranet/tableau-de-bord",
      title: "Mon tableau de bord",
      text: "Mon activité en direct : chiffre d'affaires, charges, trésorerie, devis et factures, objectifs.",
    },
    {
      to: "/intranet/ma-vitrine",
      title: "Ma vitrine",
      text: "Ma page sur le site de la coopérative : l'écrire, ajouter des photos, la proposer à mon accompagnateur.",
    },
    { to: "/intranet/salons", title: "Les salons", text: "Les prochains salons et foires : dites si vous y exposez." },
    {
      to: "/intranet/rendez-vous#agenda-personnel",
      title: "Mon agenda personnel",
      text: "Mes ateliers et rendez-vous dans mon application d'agenda, par un lien privé.",
    },
    {
      to: "/intranet/ressources",
      title: "Centre de ressources",
      text: "Formations, exercices, fiches pratiques, outils et modèles de la coopérative ; mes contributions.",
    },
    {
      to: "/intranet/questions",
      title: "Questions-réponses",
      text: "Poser une question aux autres entrepreneurs et aux accompagnateurs, répondre, suivre les réponses.",
    },
  ],
  coach: [
    {
      to: "/intranet/sessions",
      title: "Mes sessions (présences)",
      text: "Les ateliers et réunions que j'anime : inscrits, présences, feuille d'émargement.",
    },
    {
      to: "/intranet/creneaux",
      title: "Mes créneaux et rendez-vous",
      text: "Publier des créneaux d'entretien, voir les rendez-vous pris et noter leur suivi.",
    },
    {
      to: "/intranet/entrepreneurs",
      title: "Mes entrepreneurs",
      text: "Les entrepreneurs que j'accompagne et leur dossier : parcours, contrat, objectifs.",
    },
    {
      to: "/intranet/vitrines",
      title: "Vitrines à valider",
      text: "Les vitrines que mes entrepreneurs proposent : les relire, les valider ou les refuser.",
    },
    {
      to: "/intranet/portefeuille",
      title: "Mon portefeuille",
      text: "Les chiffres clés de mes entrepreneurs, triés par alertes, leurs tableaux de bord et leurs dossiers.",
    },
    {
      to: "/intranet/mon-profil",
      title: "Mon profil d'accompagnateur",
      text: "Ma spécialité, ma photo et mon accord pour paraître sur la page « Qui sont les accompagnateurs ».",
    },
    {
      to: "/intranet/ressources",
      title: "Centre de ressources",
      text: "Le kit de formation, les ressources du centre et les contributions des entrepreneurs.",
    },
    {
      to: "/intranet/ressources/validation",
      title: "Ressources à valider",
      text: "Les contributions qui attendent une décision, et les ressources à relire.",
      count: "resourcesToReview",
    },
    {
      to: "/intranet/questions",
      title: "Questions-réponses",
      text: "Répondre aux questions des entrepreneurs, échanger entre accompagnateurs, masquer un message hors sujet.",
    },
  ],
  prescriber: [
    {
      to: "/intranet/orienter",
      title: "Inscrire une personne",
      text: "Inscrire une personne que vous accompagnez à une réunion d'information collective.",
    },
    {
      to: "/intranet/orientations",
      title: "Les personnes que j'ai orientées",
      text: "Leurs inscriptions, leur présence aux réunions et la suite de leur parcours.",
    },
  ],
  staff: [
    {
      to: "/intranet/gestion/agenda",
      title: "Agenda (gestion)",
      text: "Créer, modifier ou annuler les événements ; voir les inscriptions.",
    },
    {
      to: "/intranet/gestion/comptes",
      title: "Comptes",
      text: "Inviter une personne, changer son rôle, son antenne ou son accompagnateur, désactiver un compte.",
    },
    {
      to: "/intranet/gestion/donnees-personnelles",
      title: "Données personnelles",
      text: "Les demandes d'accès et d'effacement (RGPD), les services qui ont répondu, annuler un effacement.",
    },
    {
      to: "/intranet/gestion/adresses-en-echec",
      title: "Adresses en échec",
      text: "Les adresses e-mail refusées par le serveur de messagerie, et les remettre en service.",
    },
    {
      to: "/intranet/gestion/conservation",
      title: "Conservation des données",
      text: "Combien de temps chaque donnée personnelle est gardée, et ce que chaque service a supprimé.",
      headOffice: true,
    },
    {
      to: "/intranet/gestion/organisations",
      title: "Organisations",
      text: "Les structures prescriptrices partenaires.",
    },
    {
      to: "/intranet/gestion/orientations",
      title: "Personnes orientées",
      text: "Les personnes que les prescripteurs ont inscrites, leur parcours, et celles orientées plusieurs fois.",
    },
    {
      to: "/intranet/gestion/reglages",
      title: "Réglages de la coopérative",
      text: "Nom, logo, couleurs, adresses, expéditeur des e-mails, mentions légales, réseaux et liens.",
      headOffice: true,
    },
    {
      to: "/intranet/gestion/pages",
      title: "Pages de présentation",
      text: "Les pages du site qui présentent la coopérative, ses mentions légales, sa confidentialité et son accessibilité : brouillon, publication, versions et menu.",
      headOffice: true,
    },
    {
      to: "/intranet/gestion/antennes",
      title: "Antennes",
      text: "Créer une antenne, changer son nom, son adresse ou ses horaires, la fermer, choisir le siège.",
      headOffice: true,
    },
    {
      to: "/intranet/vitrines",
      title: "Vitrines à valider",
      text: "Les vitrines des entrepreneurs de mes antennes qui attendent une décision.",
    },
    {
      to: "/intranet/portefeuille",
      title: "Portefeuille d'entrepreneurs",
      text: "Les chiffres clés des entrepreneurs de mes antennes, triés par alertes, et leurs dossiers.",
    },
    {
      to: "/intranet/gestion/imports",
      title: "Imports de la comptabilité",
      text: "Importer les grands livres et les exports d'enDI, suivre leur import et leur rapport.",
    },
    {
      to: "/intranet/financeurs",
      title: "Chiffres pour les financeurs",
      text: "Les chiffres anonymes de la coopérative par antenne et par période, à exporter.",
    },
    {
      to: "/intranet/gestion/recherche",
      title: "Moteur de recherche",
      text: "Synonymes, reconstruction de l'index et vérification de sa cohérence avec les données.",
    },
    {
      to: "/intranet/ressources",
      title: "Centre de ressources",
      text: "Les ressources du centre, le kit de formation, les contributions à valider.",
    },
    {
      to: "/intranet/questions",
      title: "Questions-réponses",
      text: "Les questions des entrepreneurs et des accompagnateurs, leurs réponses et leur modération.",
    },
  ],
  funder: [
    {
      to: "/intranet/financeurs",
      title: "Chiffres de la coopérative",
      text: "Parcours des personnes, chiffre d'affaires par tranche, ateliers, orientations par prescripteur.",
    },
  ],
};

/** What every logged-in person finds, whatever their roles. */
export const ACCOUNT_TOOLS: Tool[] = [
  {
    to: "/intranet/courriels",
    title: "Mes e-mails",
    text: "Choisir les e-mails facultatifs que je reçois : rappels, prochaines sessions, questions-réponses.",
  },
  {
    to: "/intranet/mes-donnees",
    title: "Mes données",
    text: "Obtenir tout ce que la coopérative conserve à mon sujet, ou demander son effacement.",
  },
];
