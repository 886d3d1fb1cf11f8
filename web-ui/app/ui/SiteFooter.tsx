import { Link } from "react-router";
import { addressLines, useCooperative } from "./cooperative";

export function SiteFooter() {
  const cooperative = useCooperative();
  const lines = addressLines(cooperative);
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div>
          <p className="footer-title">{cooperative.name}</p>
          <address>
            {lines.map((line) => (
              <span key={line} className="footer-line">
                {line}
              </span>
            ))}
            {cooperative.phone && <span className="footer-line">{cooperative.phone}</span>}
            {cooperative.contactEmail && <a href={`mailto:${cooperative.contactEmail}`}>{cooperative.contactEmail}</a>}
          </address>
          {cooperative.legalForm && <p className="footer-legal">{cooperative.legalForm}</p>}
        </div>
        {(cooperative.networks.length > 0 || cooperative.socialLinks.length > 0) && (
          <div>
            {cooperative.networks.length > 0 && (
              <>
                <p className="footer-title">Réseaux</p>
                <p>
                  Membre {cooperative.networks.length > 1 ? "des réseaux" : "du réseau"}{" "}
                  {cooperative.networks.map((n) => `« ${n} »`).join(", ")}.
                </p>
              </>
            )}
            {cooperative.socialLinks.length > 0 && (
              <ul aria-label="Nous suivre">
                {cooperative.socialLinks.map((l) => (
                  <li key={l.url}>
                    <a href={l.url} rel="noopener">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <nav aria-label="Liens du pied de page">
          <ul>
            <li>
              <Link to="/agenda?kind=INFO_MEETING">Réunions d'information</Link>
            </li>
            <li>
              <Link to="/contact">Contact</Link>
            </li>
            <li>
              <Link to="/intranet">Espace membres</Link>
            </li>
            <li>
              <Link to="/confidentialite">Confidentialité</Link>
            </li>
            <li>
              <Link to="/mentions-legales">Mentions légales</Link>
            </li>
            <li>
              <Link to="/accessibilite">Accessibilité</Link>
            </li>
            <li>
              <a href="/sitemap.xml">Plan du site (XML)</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
