import { useEffect, useId, useState } from "react";
import { Link } from "react-router";
import { LOGIN_URL } from "../api/session";
import { paragraphs } from "./format";

/** A friendly message shown in place of data that could not be loaded. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

/** Plain text from the APIs, paragraphs separated by blank lines. */
export function Prose({ text }: { text: string | null | undefined }) {
  return (
    <>
      {paragraphs(text).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

/** The page of a list an address asks for (`?page=`): 0 unless a positive whole number. */
export function pageNumber(value: string | null | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function Pager({
  page,
  size,
  total,
  href,
}: {
  page: number;
  size: number;
  total: number;
  href: (page: number) => string;
}) {
  const hasPrev = page > 0;
  const hasNext = (page + 1) * size < total;
  if (!hasPrev && !hasNext) return null;
  return (
    <nav aria-label="Pagination" className="pager">
      {hasPrev && (
        <Link to={href(page - 1)} rel="prev">
          ← Page précédente
        </Link>
      )}
      <span>
        Page {page + 1} sur {Math.ceil(total / size)}
      </span>
      {hasNext && (
        <Link to={href(page + 1)} rel="next">
          Page suivante →
        </Link>
      )}
    </nav>
  );
}

/** False during the server render and hydration, true once React runs in the browser. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function LoginLink({ className = "button" }: { className?: string }) {
  return (
    <a href={LOGIN_URL} className={className}>
      Se connecter
    </a>
  );
}

/** A table that scrolls sideways on small screens; the scrolling area is reachable with the keyboard. */
export function DataTable({ caption, children }: { caption: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/**
 * HTML a service made from Markdown and sanitised with its allow-list (resources-service's `text.Markdown`: commonmark,
 * then jsoup; raw HTML shown as text, links `rel="nofollow noopener noreferrer"`). Only such fields (named `…Html`) go
 * here, never text people typed.
 */
export function SanitisedHtml({ html }: { html: string }) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
