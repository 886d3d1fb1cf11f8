import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("cooperative", "routes/cooperative.tsx"),
  route("entrepreneurs", "routes/entrepreneurs.tsx"),
  route("entrepreneurs/:slug/:page?", "routes/showcase.tsx"),
  route("agenda", "routes/agenda.tsx"),
  route("agenda/:id", "routes/event.tsx"),
  route("contact", "routes/contact.tsx"),
  // signed links from the registration e-mails
  route("inscriptions/annuler", "routes/registration-cancel.tsx"),
  route("inscriptions/place", "routes/registration-offer.tsx"),
  // the intranet renders in the browser after GET /bff/user
  route("intranet", "routes/intranet/layout.tsx", [
    index("routes/intranet/home.tsx"),
    route("ateliers", "routes/intranet/workshops.tsx"),
    route("presences", "routes/intranet/attendance.tsx"),
    route("rendez-vous", "routes/intranet/appointments.tsx"),
    route("salons", "routes/intranet/fairs.tsx"),
    route("tableau-de-bord", "routes/intranet/dashboard.tsx"),
    route("ressources", "routes/intranet/resources.tsx"),
    route("sessions", "routes/intranet/sessions.tsx"),
    route("sessions/:id", "routes/intranet/session.tsx"),
    route("creneaux", "routes/intranet/slots.tsx"),
    route("entrepreneurs", "routes/intranet/entrepreneurs.tsx"),
    route("orienter", "routes/intranet/refer.tsx"),
    route("orientations", "routes/intranet/referrals.tsx"),
    route("gestion/agenda", "routes/intranet/staff/agenda.tsx"),
    route("gestion/comptes", "routes/intranet/staff/accounts.tsx"),
    route("gestion/organisations", "routes/intranet/staff/organisations.tsx"),
  ]),
  route("robots.txt", "routes/robots.ts"),
  route("sitemap.xml", "routes/sitemap.ts"),
] satisfies RouteConfig;
