/**
 * HTML a service made from Markdown and cleaned with an allow-list (commonmark, raw HTML shown as text, then jsoup:
 * no script, frame, style or event handler, links http/https/mailto only): the one place such HTML reaches a page.
 * Used by the resource centre and the showcases.
 */
export function ServiceHtml({ html }: { html: string }) {
  if (!html) return null;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
