// What the settings form sends and how the service's answers map back onto its fields (kept apart from the page so
// that it can be tested on its own).
import type { AntennaRequest, CooperativeRequest, CooperativeResponse } from "../api/members";
import { FIXED_COLOURS, isColour } from "../ui/cooperative";

export interface SocialLinkRow {
  key: number;
  label: string;
  url: string;
}

/** A field left blank is sent as null: the service then uses its default (the name for the sender's name…). */
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The request from the form's fields, the networks one per line and the social links without empty rows. */
export function settingsRequest(fd: FormData, links: SocialLinkRow[]): CooperativeRequest {
  const text = (name: string) => String(fd.get(name) ?? "");
  return {
    name: text("name").trim(),
    shortName: orNull(text("shortName")),
    primaryColour: text("primaryColour").trim().toLowerCase(),
    secondaryColour: orNull(text("secondaryColour").toLowerCase()),
    street: orNull(text("street")),
    postalCode: orNull(text("postalCode")),
    town: orNull(text("town")),
    contactEmail: text("contactEmail").trim(),
    phone: orNull(text("phone")),
    senderName: orNull(text("senderName")),
    senderEmail: orNull(text("senderEmail")),
    legalForm: orNull(text("legalForm")),
    networks: linesOf(text("networks")),
    socialLinks: links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })).filter((l) => l.label || l.url),
  };
}

/** One value per non-empty line. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The service's field errors keyed as the form's fields are named: `networks[2]` belongs to the one networks field;
 * `socialLinks[1].url` stays as it is (each link has its own fields), but is counted from the rows actually sent.
 */
export function settingsErrors(fields: Record<string, string>, links: SocialLinkRow[]): Record<string, string> {
  const sent = links.filter((l) => l.label.trim() || l.url.trim());
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const network = /^networks\[\d+\]/.exec(field);
    const link = /^socialLinks\[(\d+)\]\.(label|url)$/.exec(field);
    let name = field;
    if (network) name = "networks";
    else if (link && sent[Number(link[1])]) name = `link-${sent[Number(link[1])].key}-${link[2]}`;
    else if (field.startsWith("socialLinks")) name = "socialLinks";
    if (!out[name]) out[name] = message;
  }
  return out;
}

/** The rows of the social links' editor, from the saved settings. */
export function linkRows(c: CooperativeResponse): SocialLinkRow[] {
  return c.socialLinks.map((l, i) => ({ key: i, label: l.label, url: l.url }));
}

/** The palette as the site will draw it, from the colours being typed (the service's palette once saved). */
export function previewPalette(primary: string, secondary: string): { name: string; label: string; hex: string }[] {
  const accent = isColour(secondary) ? secondary : primary;
  return [
    { name: "white", label: "Blanc", hex: FIXED_COLOURS.white },
    { name: "grey-light", label: "Gris clair (fonds)", hex: FIXED_COLOURS["grey-light"] },
    { name: "grey", label: "Gris (textes secondaires, bordures)", hex: FIXED_COLOURS.grey },
    { name: "text", label: "Gris foncé (texte)", hex: FIXED_COLOURS.text },
    { name: "primary", label: "Couleur principale (liens, titres)", hex: primary },
    { name: "accent", label: "Couleur d'accent (boutons)", hex: accent },
  ];
}

/** An antenna's request from its form; an empty street or opening hours are sent as null. */
export function antennaRequest(fd: FormData): AntennaRequest {
  const text = (name: string) => String(fd.get(name) ?? "").trim();
  return {
    name: text("name"),
    street: orNull(text("street")),
    postalCode: text("postalCode"),
    town: text("town"),
    openingHours: orNull(text("openingHours")),
  };
}
