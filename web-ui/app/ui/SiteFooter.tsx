import { Link } from "react-router";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div>
          <p className="footer-title">COOP'EMPLOI</p>
          <address>
            1025 ancienne route d'Annecy
            <br />
            74600 Seynod
            <br />
            <a href="mailto:contact@coopemploi.com">contact@coopemploi.com</a>
          </address>
        </div>
        <div>
          <p className="footer-title">Réseaux</p>
          <p>Membre du réseau des Scop et du réseau « Coopérer pour Entreprendre ».</p>
        </div>
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
              <a href="/sitemap.xml">Plan du site (XML)</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
