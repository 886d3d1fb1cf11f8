// What the showcase editor holds while the entrepreneur writes (texts as typed, "" for nothing), how it becomes the
// API's ShowcaseInput and back, how pictures the upload widget added join it, and the labels of its fields for the
// error summary (the API names fields `pages[0].images[1].alt`).
import type { LinkInput, PictureInput, ShowcaseInput } from "../api/members";

export const MAX_PAGES = 3;
export const MAX_PICTURES_PER_PAGE = 12;
export const MAX_LINKS = 8;
export const MAX_OFFERS = 30;

/** Makers and sellers may write up to three pages (members-service's `Sector.makesProducts()`). */
const PRODUCT_SECTORS = new Set(["CRAFTS", "FURNITURE", "JEWELLERY", "CLOTHING", "FOOD"]);
export const makesProducts = (sector: string) => PRODUCT_SECTORS.has(sector);

export interface OfferState {
  name: string;
  description: string;
  price: string;
  unit: string;
}
export interface PictureState {
  imageId: string;
  alt: string;
}
export interface PageState {
  title: string;
  body: string;
  offers: OfferState[];
  images: PictureState[];
}
export interface EditorState {
  businessName: string;
  tagline: string;
  sector: string;
  town: string;
  /** one town per line (or separated by commas) */
  townsServed: string;
  website: string;
  links: LinkInput[];
  contactEmail: string;
  phone: string;
  contactForm: boolean;
  logo: PictureInput | null;
  pages: PageState[];
}

export const emptyPage = (title = ""): PageState => ({ title, body: "", offers: [], images: [] });
export const emptyOffer = (): OfferState => ({ name: "", description: "", price: "", unit: "" });

/** A showcase not written yet. */
export function emptyEditor(): EditorState {
  return {
    businessName: "",
    tagline: "",
    sector: "",
    town: "",
    townsServed: "",
    website: "",
    links: [],
    contactEmail: "",
    phone: "",
    contactForm: true,
    logo: null,
    pages: [emptyPage("Présentation")],
  };
}

const text = (value: string | null | undefined) => value ?? "";

/** The working version as the API sends it back → what the editor holds. */
export function fromInput(input: ShowcaseInput): EditorState {
  return {
    businessName: input.businessName,
    tagline: text(input.tagline),
    sector: input.sector,
    town: input.town,
    townsServed: (input.townsServed ?? []).join("\n"),
    website: text(input.website),
    links: (input.links ?? []).map((l) => ({ ...l })),
    contactEmail: text(input.contactEmail),
    phone: text(input.phone),
    contactForm: input.contactForm,
    logo: input.logo,
    pages: input.pages.map((p) => ({
      title: p.title,
      body: text(p.body),
      offers: (p.offers ?? []).map((o) => ({
        name: o.name,
        description: text(o.description),
        price: text(o.price),
        unit: text(o.unit),
      })),
      images: (p.images ?? []).map((i) => ({ imageId: i.imageId, alt: text(i.alt) })),
    })),
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The towns typed one per line or separated by commas, without blanks or repeats. */
export function townsOf(typed: string): string[] {
  const towns = typed
    .split(/[\n,;]/)
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(towns)];
}

/** What the editor holds → the API's ShowcaseInput (blank texts sent as nothing). */
export function toInput(state: EditorState): ShowcaseInput {
  return {
    businessName: state.businessName.trim(),
    tagline: orNull(state.tagline),
    sector: state.sector as ShowcaseInput["sector"],
    town: state.town.trim(),
    townsServed: townsOf(state.townsServed),
    website: orNull(state.website),
    links: state.links.map((l) => ({ kind: l.kind, label: l.label.trim(), url: l.url.trim() })),
    contactEmail: orNull(state.contactEmail),
    phone: orNull(state.phone),
    contactForm: state.contactForm,
    logo: state.logo,
    pages: state.pages.map((p) => ({
      title: p.title.trim(),
      body: orNull(p.body),
      offers: p.offers.map((o) => ({
        name: o.name.trim(),
        description: orNull(o.description),
        price: orNull(o.price),
        unit: orNull(o.unit),
      })),
      images: p.images.map((i) => ({ imageId: i.imageId, alt: orNull(i.alt) })),
    })),
  };
}

/**
 * After an upload the service answers its working version, with the new picture at the end of its page (or as the
 * logo). The editor keeps what is being typed and adds only the pictures that are new since `previous` (the working
 * version it knew before): one the entrepreneur removed but did not save yet stays removed.
 */
export function withUploaded(state: EditorState, previous: ShowcaseInput | null, saved: ShowcaseInput): EditorState {
  const before = new Set<string>();
  for (const page of previous?.pages ?? []) for (const p of page.images ?? []) before.add(p.imageId);
  const logoChanged = saved.logo?.imageId !== previous?.logo?.imageId;
  return {
    ...state,
    logo: logoChanged ? saved.logo : state.logo,
    pages: state.pages.map((page, i) => {
      const known = new Set(page.images.map((p) => p.imageId));
      const added = (saved.pages[i]?.images ?? [])
        .filter((p) => !known.has(p.imageId) && !before.has(p.imageId))
        .map((p) => ({ imageId: p.imageId, alt: text(p.alt) }));
      return added.length ? { ...page, images: [...page.images, ...added] } : page;
    }),
  };
}

/** The list with the item at `from` moved to `to` (a copy; out-of-range moves change nothing). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** The list without the item at `index`. */
export const without = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

/** The list with the item at `index` changed. */
export const changed = <T>(items: readonly T[], index: number, change: Partial<T>): T[] =>
  items.map((item, i) => (i === index ? { ...item, ...change } : item));

/** What must be filled before anything is sent, by the API's field names. */
export function requiredErrors(state: EditorState): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!state.businessName.trim()) errors.businessName = "Indiquez le nom de votre activité.";
  if (!state.sector) errors.sector = "Choisissez votre secteur d'activité.";
  if (!state.town.trim()) errors.town = "Indiquez votre commune.";
  state.links.forEach((l, i) => {
    if (!l.label.trim()) errors[`links[${i}].label`] = "Donnez un nom au lien.";
    if (!l.url.trim()) errors[`links[${i}].url`] = "Indiquez l'adresse.";
  });
  state.pages.forEach((p, i) => {
    if (!p.title.trim()) errors[`pages[${i}].title`] = "Donnez un titre à la page.";
    p.offers.forEach((o, j) => {
      if (!o.name.trim()) errors[`pages[${i}].offers[${j}].name`] = "Nommez le service ou le produit.";
    });
  });
  return errors;
}

/** The label of each field the API may name, for the error summary's links. */
export function fieldLabels(state: EditorState): Record<string, string> {
  const labels: Record<string, string> = {
    businessName: "Nom de l'activité",
    tagline: "Phrase de présentation",
    sector: "Secteur d'activité",
    town: "Commune",
    townsServed: "Autres communes où vous intervenez",
    website: "Votre site",
    links: "Liens",
    contactEmail: "Adresse e-mail de contact",
    phone: "Téléphone",
    logo: "Logo",
    pages: "Pages",
  };
  state.links.forEach((_, i) => {
    labels[`links[${i}].kind`] = `Lien ${i + 1} : type`;
    labels[`links[${i}].label`] = `Lien ${i + 1} : nom`;
    labels[`links[${i}].url`] = `Lien ${i + 1} : adresse`;
  });
  state.pages.forEach((p, i) => {
    const page = `Page ${i + 1}`;
    labels[`pages[${i}].title`] = `${page} : titre`;
    labels[`pages[${i}].body`] = `${page} : texte`;
    labels[`pages[${i}].offers`] = `${page} : offres`;
    labels[`pages[${i}].images`] = `${page} : photos`;
    p.offers.forEach((_, j) => {
      for (const [field, name] of Object.entries({
        name: "nom",
        description: "description",
        price: "prix",
        unit: "unité",
      }))
        labels[`pages[${i}].offers[${j}].${field}`] = `${page}, offre ${j + 1} : ${name}`;
    });
    p.images.forEach((_, j) => {
      labels[`pages[${i}].images[${j}].alt`] = `${page}, photo ${j + 1} : description`;
      labels[`pages[${i}].images[${j}].imageId`] = `${page}, photo ${j + 1}`;
    });
  });
  return labels;
}
