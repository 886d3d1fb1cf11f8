// Dates are shown in French and always in the cooperative's time zone, whatever the server's or visitor's.
// Parts are assembled by hand so that server and browser (different ICU versions) print the same text.
const TZ = "Europe/Paris";

const dateFmt = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TZ,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const timeFmt = new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const keyFmt = new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" });
const monthNames = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];

function part(fmt: Intl.DateTimeFormat, d: Date, type: Intl.DateTimeFormatPartTypes): string {
  return fmt.formatToParts(d).find((p) => p.type === type)?.value ?? "";
}

/** "mardi 12 janvier 2027" */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  const day = Number(part(dateFmt, d, "day"));
  return `${part(dateFmt, d, "weekday")} ${day === 1 ? "1er" : day} ${part(dateFmt, d, "month")} ${part(dateFmt, d, "year")}`;
}

const NBSP = "\u00a0";

/** "9 h 30", "14 h", with no-break spaces so a time never splits across lines */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  const h = Number(part(timeFmt, d, "hour"));
  const m = part(timeFmt, d, "minute");
  return m === "00" ? `${h}${NBSP}h` : `${h}${NBSP}h${NBSP}${m}`;
}

/** "2027-01-12" in Paris time. */
export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${part(keyFmt, d, "year")}-${part(keyFmt, d, "month")}-${part(keyFmt, d, "day")}`;
}

/** "2027-01" in Paris time. */
export function monthKey(iso: string): string {
  return dayKey(iso).slice(0, 7);
}

/** "2027-01" → "janvier 2027" */
export function formatMonth(key: string): string {
  const [y, m] = key.split("-");
  return `${monthNames[Number(m) - 1]} ${y}`;
}

/** "mardi 12 janvier 2027, de 9 h 30 à 12 h" or "du samedi 3 mai 2027 au dimanche 4 mai 2027" */
export function formatSchedule(startsAt: string, endsAt?: string | null): string {
  if (!endsAt) return `${formatDate(startsAt)}, à ${formatTime(startsAt)}`;
  if (dayKey(startsAt) !== dayKey(endsAt)) return `du ${formatDate(startsAt)} au ${formatDate(endsAt)}`;
  return `${formatDate(startsAt)}, de ${formatTime(startsAt)} à ${formatTime(endsAt)}`;
}

/** The next `count` months from `now`, as "YYYY-MM" keys in Paris time. */
export function nextMonths(now: Date, count: number): string[] {
  const [y, m] = monthKey(now.toISOString()).split("-").map(Number);
  return Array.from({ length: count }, (_, i) => {
    const total = y * 12 + (m - 1) + i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
  });
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Splits plain text on blank lines into paragraphs. */
export function paragraphs(text: string | null | undefined): string[] {
  return (text ?? "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

/** Only http(s) links are rendered, never javascript: or other schemes. */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
