// The cooperative's own settings (members-service: name, short name, colours, logo, addresses, legal form, networks,
// social links), read once per server render by the root loader and used by the layout, the pages' metadata and
// any text that names the cooperative or its mailbox. No cooperative name, address or colour is written elsewhere.
import { useRouteLoaderData } from "react-router";
import { type CooperativeResponse, getCooperative } from "../api/members";

export type Cooperative = CooperativeResponse;

/** The staff's settings page: the root loader runs again after a change made there (root.tsx, shouldRevalidate). */
export const SETTINGS_PATH = "/intranet/gestion/reglages";

/** The charter's fixed colours (members-service's Palette): white and three greys; the brand colours vary. */
export const FIXED_COLOURS = {
  white: "#ffffff",
  "grey-light": "#f2f4f5",
  grey: "#5c636a",
  text: "#262b30",
} as const;

/** WCAG 2.2 AA for normal text, as members-service checks the brand colours. */
export const MINIMUM_CONTRAST = 4.5;

/**
 * What the site shows while members-service has never answered since this server started: the service's own neutral
 * defaults, without a mailbox (pages then leave the address out rather than invent one).
 */
export const NEUTRAL_COOPERATIVE: Cooperative = {
  configured: false,
  name: "Coopérative d'activités et d'emploi",
  shortName: "CAE",
  primaryColour: "#2f4f6f",
  secondaryColour: null,
  palette: [],
  logoUrl: null,
  address: null,
  contactEmail: null,
  phone: null,
  senderName: "Coopérative d'activités et d'emploi",
  senderEmail: null,
  legalForm: null,
  networks: [],
  socialLinks: [],
  publicUrl: "",
};

// The last answer, on the server: a short outage of members-service keeps the site's name and colours.
let lastKnown: Cooperative | null = null;

/** The settings for the root loader: fresh on each render, the last answer (or the neutral defaults) on a failure. */
export async function loadCooperative(): Promise<Cooperative> {
  const answer = await getCooperative();
  if (answer.ok) {
    lastKnown = answer.data;
    return answer.data;
  }
  return lastKnown ?? NEUTRAL_COOPERATIVE;
}

interface MatchLike {
  id: string;
  loaderData?: unknown;
}

/** The settings from the root's data, for `meta` functions (which get the matches, not hooks). */
export function cooperativeFrom(matches: readonly (MatchLike | undefined)[]): Cooperative {
  const root = matches.find((m) => m?.id === "root")?.loaderData as { cooperative?: Cooperative } | undefined;
  return root?.cooperative ?? NEUTRAL_COOPERATIVE;
}

/** The settings, in any component under the root (the error boundary too). */
export function useCooperative(): Cooperative {
  const root = useRouteLoaderData("root") as { cooperative?: Cooperative } | undefined;
  return root?.cooperative ?? NEUTRAL_COOPERATIVE;
}

/** The name used in short places (header, page titles): the short name when there is one. */
export function shortNameOf(c: Cooperative): string {
  return c.shortName || c.name;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

export function isColour(value: string | null | undefined): value is string {
  return !!value && HEX.test(value);
}

/**
 * The address of the style sheet that sets the brand colours (`/theme.css`, `site/theme.ts`). The colours are in the
 * address itself: the sheet never changes for one address and is cached for a year, and the page's policy
 * (`style-src 'self'`) needs no inline style.
 */
export function themeHref(c: Pick<Cooperative, "primaryColour" | "secondaryColour">): string | null {
  if (!isColour(c.primaryColour)) return null;
  const accent = isColour(c.secondaryColour) ? c.secondaryColour : c.primaryColour;
  return `/theme.css?p=${c.primaryColour.slice(1).toLowerCase()}&a=${accent.slice(1).toLowerCase()}`;
}

/** The style sheet `/theme.css` answers for its query, or null when the colours are not `rrggbb`. */
export function themeCss(query: URLSearchParams): string | null {
  const primary = `#${query.get("p") ?? ""}`;
  const accent = `#${query.get("a") ?? ""}`;
  if (!isColour(primary) || !isColour(accent)) return null;
  return `:root {\n  --color-primary: ${primary.toLowerCase()};\n  --color-accent: ${accent.toLowerCase()};\n}\n`;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * How a brand colour reads where the site puts it (text on white and on the light grey, white text on it): the
 * weakest ratio, for the settings' preview. The service decides; this only shows the figure while typing.
 */
export function brandContrast(colour: string): { ratio: number; enough: boolean } {
  const ratio = Math.min(contrast(colour, FIXED_COLOURS.white), contrast(colour, FIXED_COLOURS["grey-light"]));
  return { ratio, enough: ratio >= MINIMUM_CONTRAST };
}

/** "4,52:1", as the service writes ratios (two decimals, French comma, rounded down so 4.499 never reads 4,50). */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace(".", ",")}:1`;
}

/** The lines of the settings' address (street; postal code and town), none before it is given. */
export function addressLines(c: Cooperative): string[] {
  if (!c.address) return [];
  const { street, postalCode, town } = c.address;
  return [street, [postalCode, town].filter(Boolean).join(" ")].filter((line): line is string => !!line);
}
