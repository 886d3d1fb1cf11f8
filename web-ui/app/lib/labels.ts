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

export const AUDIENCES: Record<string, string> = {
  PUBLIC: "Tout public (site et intranet)",
  MEMBERS: "Membres seulement (intranet)",
};

export const PLACE_KINDS: Record<string, string> = {
  ANTENNA: "Dans une antenne",
  ADDRESS: "À une autre adresse",
  ONLINE: "En ligne",
};

/** How a registration stands, for its owner. */
export const REGISTRATION_STATUS: Record<string, string> = {
  CONFIRMED: "Inscrit·e",
  WAITLISTED: "En attente",
  OFFERED: "Place proposée",
  CANCELLED: "Annulé",
};

/** Attendance as the coach records it (radio labels). */
export const ATTENDANCE_CHOICES: Record<string, string> = {
  PRESENT: "Présent",
  ABSENT: "Absent",
  EXCUSED: "Excusé",
};

/** Attendance as a status of a person. */
export const ATTENDANCE_STATUS: Record<string, string> = {
  PRESENT: "Présent·e",
  ABSENT: "Absent·e",
  EXCUSED: "Excusé·e",
};

/** One French word for what became of a registration: attendance once recorded, else its status. */
export function followUpLabel(status: string, attendance: string | null | undefined): string {
  if (status !== "CANCELLED" && attendance && ATTENDANCE_STATUS[attendance]) return ATTENDANCE_STATUS[attendance];
  return REGISTRATION_STATUS[status] ?? status;
}

export const PERSON_STATUS: Record<string, string> = {
  INVITED: "Invitation envoyée",
  ACTIVE: "Actif",
  DEACTIVATED: "Désactivé",
};

export const ORGANISATION_KINDS: Record<string, string> = {
  PLIE: "PLIE",
  MISSION_LOCALE: "Mission locale",
  ALE: "ALE",
  ESPACE_GESTION: "Espace gestion",
  CCAS: "CCAS",
  FRANCE_TRAVAIL: "France Travail",
  OTHER: "Autre",
};

export const FREQUENCIES: Record<string, string> = {
  WEEKLY: "Chaque semaine",
  MONTHLY: "Chaque mois",
};
