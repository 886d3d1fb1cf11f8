import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
} from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { serverTiming } from "./site/timing.server";
import {
  cooperativeFrom,
  loadCooperative,
  SETTINGS_PATH,
  shortNameOf,
  themeHref,
  useCooperative,
} from "./ui/cooperative";
import { SiteFooter } from "./ui/SiteFooter";
import { SiteHeader } from "./ui/SiteHeader";
import { DEFAULT_PUBLIC_URL } from "./ui/seo";

// Server-Timing on every server-rendered answer (site/timing.server.ts)
export const middleware: Route.MiddlewareFunction[] = [serverTiming];

/** The site's address, and the cooperative's settings (name, colours, logo, addresses), read on each server render. */
export async function loader() {
  return {
    publicUrl: (process.env.PUBLIC_URL ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, ""),
    cooperative: await loadCooperative(),
  };
}

// The root data changes only when staff change the settings (the layout then reads them again while on that page);
// a new document reads them anyway.
export const shouldRevalidate = ({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) =>
  defaultShouldRevalidate && currentUrl.pathname === SETTINGS_PATH && nextUrl.pathname === SETTINGS_PATH;

function errorText(error: unknown): { title: string; message: string } {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: "Page introuvable", message: "La page que vous cherchez n'existe pas ou a été déplacée." };
  }
  if (isRouteErrorResponse(error) && error.status === 503) {
    return { title: "Service momentanément indisponible", message: String(error.data) };
  }
  return {
    title: "Une erreur est survenue",
    message: "Nous n'avons pas pu afficher cette page. Merci de réessayer dans quelques instants.",
  };
}

export const meta: Route.MetaFunction = ({ error, matches }) =>
  error
    ? [
        { title: `${errorText(error).title} | ${shortNameOf(cooperativeFrom(matches))}` },
        { name: "description", content: errorText(error).message },
        { name: "robots", content: "noindex" },
      ]
    : [];

export function Layout({ children }: { children: React.ReactNode }) {
  const cooperative = useCooperative();
  const theme = themeHref(cooperative);
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content={cooperative.primaryColour} />
        <Meta />
        <Links />
        {/* after app.css: the cooperative's colours replace the style sheet's defaults */}
        {theme && <link rel="stylesheet" href={theme} />}
        {cooperative.logoUrl ? (
          <link rel="icon" href={cooperative.logoUrl} />
        ) : (
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        )}
      </head>
      <body>
        <SiteHeader />
        <main id="contenu" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const { title, message } = errorText(error);
  return (
    <div className="container page">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Retour à l'accueil</Link> · <Link to="/agenda">Voir l'agenda</Link> ·{" "}
        <Link to="/contact">Nous contacter</Link>
      </p>
    </div>
  );
}
