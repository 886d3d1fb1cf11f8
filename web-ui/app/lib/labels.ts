// French labels of the platform's codes (the APIs send labels too; these serve filters and the intranet).

export const EVENT_KINDS: Record<string, string> = {
  INFO_MEETING: "Réunion d'information collective",
  MONTHLY_MEETING: "Réunion mensuelle",
  FAIR: "Salon, foire ou manifestation",
  WORKSHOP: "Atelier collectif de formation",
};

export const SECTORS: Record<string, string> = {
  CRAFTS: "Artisanat d'art",
  FURNITURE: "Mobilier",
  JEWELLERY: "Bijoux",
  CLOTHING: "Vêtements et textile",
  WEB: "Services web et numérique",
  CONSULTING: "Conseil et formation",
  FOOD: "Alimentation",
  WELLBEING: "Bien-être",
  SERVICES: "Services aux particuliers",
};

export const ROLES: Record<string, string> = {
  entrepreneur: "Entrepreneur",
  coach: "Accompagnateur",
  prescriber: "Prescripteur",
  staff: "Équipe permanente",
};

/** Values sent as `heardFrom` with an information-meeting registration. */
export const HEARD_FROM: Record<string, string> = {
  FRANCE_TRAVAIL: "France Travail",
  MISSION_LOCALE: "Mission locale",
  PLIE: "PLIE",
  CCAS: "CCAS",
  OTHER_PRESCRIBER: "Autre structure d'accompagnement (ALE, Espace gestion…)",
  WORD_OF_MOUTH: "Bouche-à-oreille",
  INTERNET: "Internet ou réseaux sociaux",
  PRESS: "Presse ou radio",
  EVENT: "Salon ou manifestation",
  OTHER: "Autre",
};
