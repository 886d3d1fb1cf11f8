// Every page of the site and the intranet, each in its feature's folder (see web-ui/README.md).
import { index, type RouteConfig, route } from "@react-router/dev/routes";

export default [
  index("home/home.tsx"),
  route("cooperative", "home/cooperative.tsx"),
  route("entrepreneurs", "showcase/entrepreneurs.tsx"),
  route("entrepreneurs/:slug/:page?", "showcase/showcase.tsx"),
  route("agenda", "agenda/agenda.tsx"),
  route("agenda/:id", "agenda/event.tsx"),
  route("contact", "contact/contact.tsx"),
  route("recherche", "search/search.tsx"),
  route("ressources", "resources/public-list.tsx"),
  route("ressources/:slug", "resources/public-resource.tsx"),
  // signed links from the registration e-mails
  route("inscriptions/annuler", "registration/cancel.tsx"),
  route("inscriptions/place", "registration/offer.tsx"),
  // the intranet renders in the browser after GET /bff/user; each page loads its data in its clientLoader
  route("intranet", "intranet/layout.tsx", [
    index("intranet/home.tsx"),
    route("ateliers", "workshops/workshops.tsx"),
    route("presences", "workshops/attendance.tsx"),
    route("rendez-vous", "appointments/appointments.tsx"),
    route("salons", "fairs/fairs.tsx"),
    route("tableau-de-bord", "dashboard/dashboard.tsx"),
    route("portefeuille", "dashboard/portfolio.tsx"),
    route("portefeuille/:subject", "dashboard/entrepreneur-dashboard.tsx"),
<<<<<<< HEAD
    route("ressources", "resources/centre.tsx"),
    route("ressources/liste", "resources/list.tsx"),
    route("ressources/nouvelle", "resources/new.tsx"),
    route("ressources/validation", "resources/review.tsx"),
    route("ressources/:slug", "resources/resource.tsx"),
=======
    route("ressources", "resources/resources.tsx"),
    route("questions", "questions/questions.tsx"),
    route("questions/nouvelle", "questions/ask.tsx"),
    route("questions/:id", "questions/question.tsx"),
>>>>>>> 538ca82 (Web UI: the questions-and-answers space (list and filters, asking, a question with its answers, votes, acceptance, following, comments, moderation); e2e journey)
    route("sessions", "workshops/sessions.tsx"),
    route("sessions/:id", "workshops/session.tsx"),
    route("creneaux", "appointments/slots.tsx"),
    route("entrepreneurs", "accounts/entrepreneurs.tsx"),
    route("orienter", "referrals/refer.tsx"),
    route("orientations", "referrals/referrals.tsx"),
    route("gestion/agenda", "agenda/staff-agenda.tsx"),
    route("gestion/comptes", "accounts/accounts.tsx"),
    route("gestion/organisations", "accounts/organisations.tsx"),
    route("gestion/imports", "dashboard/imports.tsx"),
    route("gestion/recherche", "search/admin.tsx"),
    route("financeurs", "dashboard/funders.tsx"),
  ]),
  route("robots.txt", "site/robots.ts"),
  route("sitemap.xml", "site/sitemap.ts"),
] satisfies RouteConfig;
