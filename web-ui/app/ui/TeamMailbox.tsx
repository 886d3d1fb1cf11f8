// The team's mailbox as the cooperative's settings give it, wherever a page tells visitors to write to the team.
import { Link } from "react-router";
import { useCooperative } from "./cooperative";

/** A mailto link to the team's address; before it is set, a link to the contact page. */
export function TeamMailbox() {
  const { contactEmail } = useCooperative();
  return contactEmail ? (
    <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
  ) : (
    <Link to="/contact">la page Contact</Link>
  );
}

/** The team's address as plain text (a sentence outside a link), or the contact page's name. */
export function useTeamMailboxText(): string {
  return useCooperative().contactEmail ?? "la page Contact";
}
