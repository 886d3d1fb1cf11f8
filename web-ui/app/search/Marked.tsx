// Highlighted text from the search API: HTML-escaped text with <mark> around the words found. It is never given to
// the browser as HTML: the marks become React elements and everything else stays text, so nothing but <mark> can
// ever reach the page, whatever the index holds.
import { Fragment } from "react";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", apos: "'" };

/** Undoes the service's HTML escaping (&amp; &lt; &gt; &quot; &#39; and numeric references). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-fA-F]+|[a-z]+);/g, (whole, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return whole;
  });
}

/** The pieces of a highlighted text: plain runs and marked runs, in order. */
export function markedParts(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === "<mark>") marked = true;
    else if (piece === "</mark>") marked = false;
    else if (piece) parts.push({ text: unescapeHtml(piece), marked });
  }
  return parts;
}

export function Marked({ html }: { html: string }) {
  return (
    <>
      {markedParts(html).map((p, i) =>
        p.marked ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>,
      )}
    </>
  );
}
