// Where a search result or suggestion leads: the index keeps absolute addresses (the site's public address, or
// another site's for a link resource); pages of this site become paths, so that they open without a reload.
import { safeHttpUrl, safeLink } from "../ui/format";

export function localPath(
  url: string | null | undefined,
  publicUrl: string,
): { href: string; internal: boolean } | undefined {
  if (!url) return undefined;
  const origin = publicUrl.replace(/\/+$/, "");
  if (url === origin) return { href: "/", internal: true };
  if (url.startsWith(`${origin}/`)) return { href: url.slice(origin.length), internal: true };
  if (url.startsWith("/")) {
    const path = safeLink(url);
    return path ? { href: path, internal: true } : undefined;
  }
  const external = safeHttpUrl(url);
  return external ? { href: external, internal: false } : undefined;
}
