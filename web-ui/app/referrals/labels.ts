// How the path of a referral is worded (events-service sends codes only).

/** Where the registration to the information meeting stands. */
export const MEETING_OUTCOME: Record<string, string> = {
  REGISTERED: "Inscrit·e",
  WAITLISTED: "En liste d'attente",
  ATTENDED: "A participé",
  MISSED: "N'est pas venu·e",
  CANCELLED: "Inscription annulée",
};

/** The steps of the path, in order. */
export const PATH_STEPS = ["Réunion d'information", "Premier entretien", "CAPE", "CESA"] as const;
