import { type RouteConfig, index, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("cooperative", "routes/cooperative.tsx"),
  route("entrepreneurs", "routes/entrepreneurs.tsx"),
  route("entrepreneurs/:slug/:page?", "routes/showcase.tsx"),
  route("agenda", "routes/agenda.tsx"),
  route("agenda/:id", "routes/event.tsx"),
  route("contact", "routes/contact.tsx"),
  route("intranet", "routes/intranet.tsx"),
  route("robots.txt", "routes/robots.ts"),
  route("sitemap.xml", "routes/sitemap.ts"),
] satisfies RouteConfig;
