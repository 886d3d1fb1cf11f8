import { isRouteErrorResponse, Link, Links, Meta, Outlet, Scripts, ScrollRestoration } from "react-router";
import type { Route } from "./+types/root";
import "./app.css";
import { serverTiming } from "./site/timing.server";
import { SiteFooter } from "./ui/SiteFooter";
import { SiteHeader } from "./ui/SiteHeader";
import { DEFAULT_PUBLIC_URL, SITE_NAME } from "./ui/seo";

export const links: Route.LinksFunction = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

// Server-Timing on every server-rendered answer (site/timing.server.ts)
export const middleware: Route.MiddlewareFunction[] = [serverTiming];

export function loader() {
  return { publicUrl: (process.env.PUBLIC_URL ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, "") };
}

// The root data never changes while the app runs.
export const shouldRevalidate = () => false;

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

export const meta: Route.MetaFunction = ({ error }) =>
  error
    ? [
        { title: `${errorText(error).title} | ${SITE_NAME}` },
        { name: "description", content: errorText(error).message },
        { name: "robots", content: "noindex" },
      ]
    : [];

export function Layout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#00676b" />
        <Meta />
        <Links />
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
