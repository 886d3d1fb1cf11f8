import { useEffect, useState } from "react";
import { Link, NavLink } from "react-router";
import { readCookie } from "../api/client";
import { currentUser, LOGIN_URL, LOGOUT_URL, type User } from "../api/session";
import { ROLE_NAMES } from "../intranet/tools";
import { SearchBox } from "../search/SearchBox";
import { shortNameOf, useCooperative } from "./cooperative";

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
    currentUser().then((r) => live && setUser(r.ok ? r.data : { authenticated: false }));
    return () => {
      live = false;
    };
  }, []);

  if (!user) return <div className="user-menu" />;
  if (!user.authenticated) {
    return (
      <div className="user-menu">
        <a href={LOGIN_URL} className="button button-small">
          Se connecter
        </a>
      </div>
    );
  }
  const roles = user.roles.map((r) => ROLE_NAMES[r]).filter(Boolean);
  return (
    <div className="user-menu" role="group" aria-label="Ma session">
      <p className="user-who">
        <Link to="/intranet" className="user-name">
          <span className="visually-hidden">Mon espace : </span>
          {user.name}
        </Link>
        {roles.length > 0 && <span className="user-role">{roles.join(", ")}</span>}
      </p>
      {/* the gateway ends the session, then Keycloak's; _csrf is the gateway's CSRF token */}
      <form method="post" action={LOGOUT_URL}>
        <input type="hidden" name="_csrf" value={readCookie("XSRF-TOKEN") ?? ""} />
        <button type="submit" className="button button-secondary button-small">
          Se déconnecter
        </button>
      </form>
    </div>
  );
}

export function SiteHeader() {
  const cooperative = useCooperative();
  const name = shortNameOf(cooperative);
  return (
    <header className="site-header">
      <a className="skip-link" href="#contenu">
        Aller au contenu principal
      </a>
      <div className="container header-bar">
        <Link to="/" className="logo">
          {/* the name follows as text: the picture is decorative */}
          {cooperative.logoUrl && <img className="logo-image" src={cooperative.logoUrl} alt="" height={48} />}
          <span className="logo-name">{name}</span>
          <span className="logo-tagline">
            {name === cooperative.name ? "Coopérative d'activités et d'emploi" : cooperative.name}
          </span>
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
        <SearchBox />
        <UserMenu />
      </div>
    </header>
  );
}
