// How a GDPR request's dates and services read, shared by the staff page and the person's own page.
import type { PrivacyRequest } from "../api/members";
import { formatDate, formatTime } from "../ui/format";

export const when = (iso: string | null | undefined) => (iso ? `${formatDate(iso)} à ${formatTime(iso)}` : "—");

/** « 3 services sur 5 ont répondu » and who is awaited, for a request waiting for answers. */
export function progress(request: PrivacyRequest): string {
  const answered = request.services.filter((s) => s.answered).length;
  const total = request.services.length;
  if (request.status !== "WAITING") return `${answered} sur ${total} ont répondu`;
  const waiting = request.services.filter((s) => !s.answered).map((s) => s.label);
  return waiting.length ? `${answered} sur ${total} ont répondu ; en attente : ${waiting.join(", ")}` : "Terminée";
}
