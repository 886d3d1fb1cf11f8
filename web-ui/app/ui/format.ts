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
const timeFmt = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TZ,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const keyFmt = new Intl.DateTimeFormat("fr-FR", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" });
const monthNames = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
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

/** A calendar day as the APIs send it ("2027-01-12", no time, no zone) → "12 janvier 2027", "1er mars 2027". */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const d = Number(m[3]);
  return `${d === 1 ? "1er" : d} ${monthNames[Number(m[2]) - 1]} ${m[1]}`;
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
  return (text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A same-site path ("/api/…", never "//host") or an http(s) URL; anything else is dropped. */
export function safeLink(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return url;
  return safeHttpUrl(url);
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

/** "mardi 12 janvier 2027 à 9 h 30" */
export function formatDateTime(iso: string): string {
  return `${formatDate(iso)} à ${formatTime(iso)}`;
}

// ---- Paris wall-clock time <-> instants (forms use <input type="datetime-local">, always in Paris time) ----

const wallFmt = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TZ,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The Paris wall-clock reading of an instant, as if it were UTC (milliseconds). */
function parisWall(t: number): number {
  const d = new Date(t);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(part(wallFmt, d, type));
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
}

/** Paris' offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(t: number): number {
  return parisWall(t) - t;
}

const pad = (n: number) => String(n).padStart(2, "0");

function wallString(wall: number): string {
  const d = new Date(wall);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * "2027-07-01T09:30" read as Paris time → "2027-07-01T09:30:00+02:00".
 * On the autumn night when 2:30 happens twice, the first (summer time) is taken; a time skipped by the
 * spring change (2:30 on the last Sunday of March) moves one hour later, as clocks do.
 * Returns undefined for anything that is not a datetime-local value.
 */
export function parisLocalToIso(local: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).getUTCDate() !== d) return undefined; // 31 April and the like
  const before = parisOffset(wall - 12 * 3600_000);
  const after = parisOffset(wall + 12 * 3600_000);
  const candidates = [wall - before, wall - after].filter((t) => parisOffset(t) === wall - t);
  const t = candidates.length ? Math.min(...candidates) : wall - before;
  const offset = parisOffset(t) / 60_000;
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${wallString(t + offset * 60_000)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant → its Paris wall-clock time as a datetime-local value ("2027-07-01T09:30"). */
export function isoToParisLocal(iso: string): string {
  const t = new Date(iso).getTime();
  return Number.isNaN(t) ? "" : wallString(parisWall(t));
}

/** Midnight in Paris at the start of `day` ("2027-07-01") plus `days`, as ISO-8601 with offset. */
export function parisMidnight(day: string, days = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return parisLocalToIso(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T00:00`);
}

/** Today in Paris as "2027-07-01". */
export function parisToday(now = new Date()): string {
  return dayKey(now.toISOString());
}

// ---- Amounts ----

const NNBSP = "\u202f";

/** 1234.5 → "1 234,50 €" (French grouping with narrow no-break spaces, no-break space before €). */
export function formatEuros(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  return `${amount < 0 && cents > 0 ? "\u2212" : ""}${whole},${pad(cents % 100)}${NBSP}€`;
}

/** 152 → "152 h", 7.5 → "7,5 h" */
export function formatHours(hours: number): string {
  return `${String(Math.round(hours * 10) / 10).replace(".", ",")}${NBSP}h`;
}

const shortMonths = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/** "2027-01" → "janv." (chart axes) */
export function formatMonthShort(key: string): string {
  return shortMonths[Number(key.split("-")[1]) - 1] ?? key;
}
