// What search engines and link previews read of a showcase page: the picture shared with it (Open Graph, Twitter
// card) and its schema.org description (JSON-LD): the page as a ProfilePage of the entrepreneur, their business
// (LocalBusiness for makers and sellers, ProfessionalService for the others), the priced products or services
// (an Offer only where there is a price, in euros) and the breadcrumb trail.
import type { OfferView, PictureView, ShowcasePageView } from "../api/members";
import { safeHttpUrl } from "../ui/format";
import type { SharedImage } from "../ui/seo";
import type { ShowcaseDetail } from "./ShowcaseView";

export const DIRECTORY_NAME = "Annuaire des entrepreneurs";

/** The path of one page of a showcase: the first page lives at the showcase's own address. */
export function showcasePagePath(showcase: ShowcaseDetail, pageSlug: string): string {
  const base = `/entrepreneurs/${showcase.slug}`;
  return showcase.pages[0]?.slug === pageSlug ? base : `${base}/${pageSlug}`;
}

/** A price as schema.org wants it ("45.00", a dot, no currency sign), or nothing when it is not a number. */
export function schemaPrice(price: string | null | undefined): string | undefined {
  if (!price) return undefined;
  const normalised = price.trim().replace(/\s/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) return undefined;
  return Number(normalised).toFixed(2);
}

/** The widest variant of a picture's fallback set (JPEG or PNG: what every link preview reads), absolute. */
export function sharedImage(picture: PictureView | null | undefined, publicUrl: string): SharedImage | undefined {
  if (!picture?.src) return undefined;
  let src = picture.src;
  let width = Number(/\/(\d+)\.\w+$/.exec(picture.src)?.[1]) || picture.width;
  for (const candidate of picture.fallbackSrcset.split(",")) {
    const [url, descriptor] = candidate.trim().split(/\s+/);
    const w = Number(descriptor?.replace(/w$/, ""));
    if (url && Number.isInteger(w) && w > width) {
      src = url;
      width = w;
    }
  }
  width = Math.min(width, picture.width);
  const height = Math.round((picture.height * width) / picture.width);
  return {
    url: absolute(src, publicUrl),
    width,
    height,
    alt: picture.alt,
    type: picture.fallbackType,
  };
}

/** The picture that represents this page: its own first picture, else the showcase's first, else its logo. */
export function pagePicture(showcase: ShowcaseDetail, current: ShowcasePageView): PictureView | undefined {
  return current.images[0] ?? showcase.cover ?? showcase.logo ?? undefined;
}

function absolute(path: string, publicUrl: string): string {
  return /^https?:\/\//.test(path) ? path : publicUrl + path;
}

function offerLd(
  offer: OfferView,
  price: string,
  makesProducts: boolean,
  url: string,
  image: string | undefined,
  seller: Record<string, unknown>,
) {
  const item: Record<string, unknown> = {
    "@type": makesProducts ? "Product" : "Service",
    name: offer.name,
    ...(offer.description ? { description: offer.description } : {}),
    ...(makesProducts && image ? { image } : {}),
  };
  const priced = {
    "@type": "Offer",
    price,
    priceCurrency: "EUR",
    url,
    seller,
    ...(offer.unit ? { description: offer.unit } : {}),
  };
  // a product carries its offer (what Google reads for product snippets); a service is offered by the business
  return makesProducts ? { ...item, offers: priced } : { ...priced, itemOffered: item };
}

interface Context {
  /** the site's address, without a trailing slash */
  publicUrl: string;
  /** the cooperative's name */
  cooperative: string;
}

/** The schema.org graph of one page of a showcase (JSON-LD). */
export function showcaseLd(
  showcase: ShowcaseDetail,
  current: ShowcasePageView,
  { publicUrl, cooperative }: Context,
): Record<string, unknown> {
  const home = `${publicUrl}/`;
  const showcaseUrl = `${publicUrl}/entrepreneurs/${showcase.slug}`;
  const pageUrl = publicUrl + showcasePagePath(showcase, current.slug);
  const isFirst = pageUrl === showcaseUrl;
  const businessId = `${showcaseUrl}#activite`;
  const personId = `${showcaseUrl}#entrepreneur`;
  const picture = pagePicture(showcase, current);
  const image = picture ? sharedImage(picture, publicUrl)?.url : undefined;
  const website = safeHttpUrl(showcase.website);
  const sameAs = [website, ...(showcase.links ?? []).map((l) => safeHttpUrl(l.url))].filter(Boolean);

  const priced = current.offers.flatMap((offer) => {
    const price = schemaPrice(offer.price);
    return price ? [{ offer, price }] : [];
  });
  const prices = priced.map((p) => Number(p.price));
  const business: Record<string, unknown> = {
    "@type": showcase.makesProducts ? "LocalBusiness" : "ProfessionalService",
    "@id": businessId,
    name: showcase.businessName,
    ...(showcase.tagline ? { description: showcase.tagline } : {}),
    url: showcaseUrl,
    ...(image ? { image } : {}),
    ...(showcase.logo ? { logo: sharedImage(showcase.logo, publicUrl)?.url } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(showcase.contactEmail ? { email: showcase.contactEmail } : {}),
    ...(showcase.phone ? { telephone: showcase.phone } : {}),
    address: { "@type": "PostalAddress", addressLocality: showcase.town, addressCountry: "FR" },
    areaServed: [showcase.town, ...showcase.townsServed].map((name) => ({ "@type": "City", name })),
    ...(prices.length
      ? {
          priceRange:
            Math.min(...prices) === Math.max(...prices)
              ? `${Math.min(...prices)} €`
              : `${Math.min(...prices)} € – ${Math.max(...prices)} €`,
        }
      : {}),
    founder: { "@id": personId },
    parentOrganization: { "@type": "Organization", name: cooperative, url: home },
  };
  const seller = { "@id": businessId };
  const offers = priced.map(({ offer, price }) =>
    offerLd(offer, price, showcase.makesProducts, pageUrl, image, seller),
  );
  if (!showcase.makesProducts && offers.length) business.makesOffer = offers;

  const trail = [
    { name: "Accueil", item: home },
    { name: DIRECTORY_NAME, item: `${publicUrl}/entrepreneurs` },
    { name: showcase.businessName, item: showcaseUrl },
    ...(isFirst ? [] : [{ name: current.title, item: pageUrl }]),
  ];
  return {
    "@graph": [
      {
        "@type": "ProfilePage",
        "@id": pageUrl,
        url: pageUrl,
        name: isFirst ? showcase.businessName : `${current.title} – ${showcase.businessName}`,
        inLanguage: "fr-FR",
        ...(showcase.updatedAt ? { dateModified: showcase.updatedAt } : {}),
        ...(image ? { primaryImageOfPage: { "@type": "ImageObject", url: image } } : {}),
        mainEntity: { "@id": personId },
        about: { "@id": businessId },
        breadcrumb: {
          "@type": "BreadcrumbList",
          itemListElement: trail.map((step, i) => ({ "@type": "ListItem", position: i + 1, ...step })),
        },
      },
      {
        "@type": "Person",
        "@id": personId,
        name: showcase.displayName,
        worksFor: { "@id": businessId },
        ...(website ? { url: website } : {}),
      },
      business,
      // products stand on their own (each with its offer); services are the business's makesOffer
      ...(showcase.makesProducts ? offers : []),
    ],
  };
}
