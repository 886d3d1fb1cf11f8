// /theme.css?p=rrggbb&a=rrggbb: the brand colours of the cooperative's settings as CSS custom properties, linked by
// the root layout after app.css (ui/cooperative.ts, themeHref). The colours are in the address, so one address always
// answers the same sheet: cached for a year, and no inline style for the Content-Security-Policy to allow.

import { themeCss } from "../ui/cooperative";
import type { Route } from "./+types/theme";

export function loader({ request }: Route.LoaderArgs) {
  const css = themeCss(new URL(request.url).searchParams);
  if (css === null) {
    return new Response("/* colours are written rrggbb */\n", {
      status: 404,
      headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(css, {
    headers: {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
