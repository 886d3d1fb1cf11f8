// One showcase as visitors see it: the public page (showcase.tsx) and the preview of the entrepreneur's editor and of
// the reviewers (ShowcaseDraftView.tsx) render this same component, so the preview looks exactly like the published
// page. Pictures come as responsive sets (WebP and a JPEG or PNG fallback, each in a few widths).
import type React from "react";
import { Link } from "react-router";
import type { ConsentVersion } from "../api/events";
import type { PictureView, ShowcasePageView, ShowcaseResponse } from "../api/members";
import { formatEuros, safeHttpUrl } from "../ui/format";
import { ServiceHtml } from "../ui/ServiceHtml";
import { TeamMailbox } from "../ui/TeamMailbox";
import { ShowcaseContactForm } from "./ShowcaseContactForm";

export type ShowcaseDetail = ShowcaseResponse & { pages: ShowcasePageView[] };

/** The showcase with its pages (the lists leave them out; one showcase's own address answers them). */
export function withPages(showcase: ShowcaseResponse): ShowcaseDetail {
  return { ...showcase, pages: showcase.pages ?? [] };
}

/** An offer's price as the API gives it ("45.00") in French ("45,00 €"); nothing when there is none. */
export function formatPrice(price: string | null | undefined): string | undefined {
  if (!price) return undefined;
  const amount = Number(price.replace(",", "."));
  return Number.isFinite(amount) ? formatEuros(amount) : undefined;
}

type Level = 1 | 2 | 3;

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: number;
  id?: string;
  className?: string;
  children: React.ReactNode;
}) {
  const Tag = `h${Math.min(level, 6)}` as "h1";
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** A responsive picture: WebP first, its fallback for older browsers, the size reserved by width and height. */
export function ShowcasePicture({
  picture,
  sizes,
  className,
}: {
  picture: PictureView;
  sizes: string;
  className?: string;
}) {
  return (
    <picture>
      <source type="image/webp" srcSet={picture.srcset} sizes={sizes} />
      <source type={picture.fallbackType} srcSet={picture.fallbackSrcset} sizes={sizes} />
      <img
        className={className}
        src={picture.src}
        alt={picture.alt}
        width={picture.width}
        height={picture.height}
        loading="lazy"
        decoding="async"
      />
    </picture>
  );
}

export function ShowcaseView({
  showcase,
  current,
  pageHref,
  level = 1,
  preview = false,
  consent = null,
}: {
  showcase: ShowcaseDetail;
  current: ShowcasePageView;
  /** where one of its pages lives (the public address, or the preview's) */
  pageHref: (pageSlug: string) => string;
  /** the business name's heading level: 1 on the public page, lower inside an intranet page */
  level?: Level;
  /** a preview: the contact form is shown but cannot be sent */
  preview?: boolean;
  /** the consent text of the contact form in force (`SHOWCASE_MESSAGE`) */
  consent?: ConsentVersion | null;
}) {
  const website = safeHttpUrl(showcase.website);
  const links = (showcase.links ?? []).filter((l) => safeHttpUrl(l.url));
  const contactId = `contact-${showcase.slug}`;
  return (
    <div className="showcase">
      <p className="breadcrumb">
        <Link to="/entrepreneurs">Entrepreneurs</Link> ›{" "}
        <Link to={`/entrepreneurs?secteur=${showcase.sector}`}>{showcase.sectorLabel}</Link>
      </p>
      <div className="showcase-head">
        {showcase.logo && <ShowcasePicture picture={showcase.logo} sizes="96px" className="showcase-logo" />}
        <div>
          <Heading level={level}>{showcase.businessName}</Heading>
          {showcase.tagline && <p className="lead">{showcase.tagline}</p>}
          <p className="card-meta">
            {showcase.displayName} · {showcase.town}
            {showcase.antenna && <> · antenne de {showcase.antenna.name}</>}
          </p>
          {showcase.townsServed.length > 0 && (
            <p className="card-meta">Intervient aussi à {showcase.townsServed.join(", ")}</p>
          )}
        </div>
      </div>

      {showcase.pages.length > 1 && (
        <nav aria-label={`Pages de ${showcase.businessName}`} className="tabs">
          <ul>
            {showcase.pages.map((p) => (
              <li key={p.slug}>
                <Link to={pageHref(p.slug)} aria-current={p.slug === current.slug ? "page" : undefined}>
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="showcase-layout">
        <article className="prose">
          <Heading level={level + 1}>{current.title}</Heading>
          <ServiceHtml html={current.html} />
          {current.offers.length > 0 && (
            <>
              <Heading level={level + 2}>{showcase.makesProducts ? "Produits" : "Prestations"}</Heading>
              <ul className="plain offers">
                {current.offers.map((offer) => (
                  <li key={`${offer.name}-${offer.price ?? ""}`}>
                    <strong>{offer.name}</strong>
                    {formatPrice(offer.price) && (
                      <>
                        {" "}
                        – {formatPrice(offer.price)}
                        {offer.unit && <> {offer.unit}</>}
                      </>
                    )}
                    {offer.description && <p>{offer.description}</p>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {current.images.length > 0 && (
            <>
              <Heading level={level + 2}>En images</Heading>
              <ul className="plain gallery">
                {current.images.map((picture) => (
                  <li key={picture.id}>
                    <ShowcasePicture
                      picture={picture}
                      sizes="(min-width: 60rem) 20rem, (min-width: 40rem) 45vw, 90vw"
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
        <aside className="card" aria-labelledby={contactId}>
          <Heading level={level + 1} id={contactId} className="card-title">
            Contact
          </Heading>
          <ul className="plain">
            {website && (
              <li>
                <a href={website} rel="noopener" target="_blank">
                  Site de {showcase.businessName}
                  <span className="visually-hidden"> (nouvel onglet)</span>
                </a>
              </li>
            )}
            {links.map((link) => (
              <li key={link.url}>
                <a href={safeHttpUrl(link.url)} rel="noopener" target="_blank">
                  {link.label}
                  <span className="visually-hidden"> ({link.kindLabel.toLowerCase()}, nouvel onglet)</span>
                </a>
              </li>
            ))}
            {showcase.contactEmail && (
              <li>
                <a href={`mailto:${showcase.contactEmail}`}>{showcase.contactEmail}</a>
              </li>
            )}
            {showcase.phone && (
              <li>
                <a href={`tel:${showcase.phone.replace(/\s+/g, "")}`}>{showcase.phone}</a>
              </li>
            )}
            {!website && !showcase.contactEmail && !showcase.phone && !showcase.contactForm && (
              <li>
                Écrivez à <TeamMailbox />, nous transmettrons.
              </li>
            )}
          </ul>
          {showcase.contactForm && (
            <ShowcaseContactForm
              slug={showcase.slug}
              businessName={showcase.businessName}
              level={level + 2}
              preview={preview}
              consent={consent}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
