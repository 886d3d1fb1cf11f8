// French words of the accounts screens: the services' labels where they have some, else the screens' own wording.
import { labels } from "../api/members";

/** Organisation kinds as members-service labels them. */
export const ORGANISATION_KINDS: Readonly<Record<string, string>> = labels.OrganisationKind;

export const PERSON_STATUS: Record<string, string> = {
  INVITED: "Invitation envoyée",
  ACTIVE: "Actif",
  DEACTIVATED: "Désactivé",
};
