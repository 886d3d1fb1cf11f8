// How the resource centre names things: the service's own labels (generated from its enums), and what a role may
// choose when writing.
import { labels } from "../api/resources";

export const KINDS: Readonly<Record<string, string>> = labels.ResourceKind;
export const THEMES: Readonly<Record<string, string>> = labels.Theme;
export const SECTORS: Readonly<Record<string, string>> = labels.Sector;
export const AUDIENCES: Readonly<Record<string, string>> = labels.Audience;
export const STATES: Readonly<Record<string, string>> = labels.ModerationState;
export const STEPS: Readonly<Record<string, string>> = labels.ModerationStep;
export const QUESTION_TYPES: Readonly<Record<string, string>> = labels.QuestionType;

/** The audiences a person may give a resource: the coaches' kit is for coaches and staff to write. */
export function audiencesFor(roles: readonly string[]): Record<string, string> {
  const reviewer = roles.includes("coach") || roles.includes("staff");
  return Object.fromEntries(Object.entries(AUDIENCES).filter(([code]) => reviewer || code !== "COACHES"));
}

/** Whether the person reviews contributions (coaches and staff). */
export const reviews = (roles: readonly string[]) => roles.includes("coach") || roles.includes("staff");

/** The badge class of a state: published is good news, refused and withdrawn need the author's attention. */
export function stateClass(state: string): string {
  if (state === "VALIDATED") return "badge badge-ok";
  if (state === "REJECTED" || state === "WITHDRAWN") return "badge badge-alert";
  return "badge";
}

/** « 1,2 Mo » */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}
