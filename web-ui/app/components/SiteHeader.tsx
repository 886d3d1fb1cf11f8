import { useEffect, useState } from "react";
import { Link, NavLink } from "react-router";
import { getUser, LOGIN_URL, type User } from "../lib/api";

const NAV = [
  { to: "/", label: "Accueil", end: true },
  { to: "/cooperative", label: "La coopérative", end: false },
  { to: "/entrepreneurs", label: "Entrepreneurs", end: false },
  { to: "/agenda", label: "Agenda", end: false },
  { to: "/contact", label: "Contact", end: false },
];

/**
 * Who is logged in is asked from the browser after hydration only,
 * so that the server-rendered public pages are the same for everyone (cacheable).
 */
function UserMenu() {
  const [user, setUser] = useState<User | null>(null);
  useEffect(() => {
    let live = true;
    getUser().then((r) => live && setUser(r.ok ? r.data : { authenticated: false }));
    return () => {
      live = false;
    };
  }, []);

  if (!user) return <div className="user-menu" />;
  return (
    <div className="user-menu">
      {user.authenticated ? (
        <Link to="/intranet" className="user-name">
          <span className="visually-hidden">Mon espace : </span>
          {user.name}
        </Link>
      ) : (
        <a href={LOGIN_URL} className="button button-small">
          Se connecter
        </a>
      )}
    </div>
  );
}

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#contenu">
        Aller au contenu principal
      </a>
      <div className="container header-bar">
        <Link to="/" className="logo">
          COOP'EMPLOI
          <span className="logo-tagline">Coopérative d'activités et d'emploi</span>
        </Link>
        <nav aria-label="Navigation principale" className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <UserMenu />
      </div>
    </header>
  );
}
