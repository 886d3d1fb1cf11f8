import { DEFAULT_PUBLIC_URL } from "../ui/seo";

export function loader() {
  const base = (process.env.PUBLIC_URL ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, "");
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /intranet",
    "Disallow: /inscriptions/",
    "Disallow: /preferences-courriels",
    "Disallow: /api/",
    "Disallow: /bff/",
    // the directory refined by antenna or town: combinations of filters, never pages of their own
    "Disallow: /entrepreneurs?*antenne=",
    "Disallow: /entrepreneurs?*ville=",
    "",
    `Sitemap: ${base}/sitemap.xml`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
