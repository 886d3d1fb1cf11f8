// The cooperative's settings in the layout: header, footer, page titles, JSON-LD and the brand colours' style sheet
// come from members-service's answer, never from the code.
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import * as home from "../app/home/home";
import { loader as themeLoader } from "../app/site/theme";
import {
  brandContrast,
  cooperativeFrom,
  formatRatio,
  NEUTRAL_COOPERATIVE,
  themeCss,
  themeHref,
} from "../app/ui/cooperative";
import { SiteFooter } from "../app/ui/SiteFooter";
import { organizationLd, seo } from "../app/ui/seo";
import { aCooperative, stubApi } from "./fixtures";
import { renderRoute, renderUnderRoot } from "./render";

const OTHER = aCooperative({
  name: "Coopérative des Deux Rives",
  shortName: "Deux Rives",
  primaryColour: "#1d4e89",
  secondaryColour: null,
  address: { street: "3 quai Est", postalCode: "69002", town: "Lyon" },
  contactEmail: "bonjour@deux-rives.example",
  phone: null,
  legalForm: "SCOP SA",
  networks: ["Réseau A", "Réseau B"],
  socialLinks: [{ label: "LinkedIn", url: "https://www.linkedin.com/company/deux-rives" }],
  logoUrl: "/api/members/public/cooperative/logo?v=3",
});

describe("the brand colours' style sheet", () => {
  it("puts the colours in its address, the accent falling back to the primary colour", () => {
    expect(themeHref({ primaryColour: "#00676B", secondaryColour: "#b5400f" })).toBe("/theme.css?p=00676b&a=b5400f");
    expect(themeHref({ primaryColour: "#1d4e89", secondaryColour: null })).toBe("/theme.css?p=1d4e89&a=1d4e89");
    expect(themeHref({ primaryColour: "blue", secondaryColour: null })).toBeNull();
  });

  it("answers the custom properties, cached for a year, and refuses anything but rrggbb", async () => {
    const ok = themeLoader({ request: new Request("http://ui.test/theme.css?p=1d4e89&a=B5400F") } as never);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Type")).toBe("text/css; charset=utf-8");
    expect(ok.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const css = await ok.text();
    expect(css).toContain("--color-primary: #1d4e89;");
    expect(css).toContain("--color-accent: #b5400f;");
    expect(themeCss(new URLSearchParams("p=1d4e89&a=red;}body{x:y"))).toBeNull();
    const bad = themeLoader({ request: new Request("http://ui.test/theme.css?p=zzzzzz&a=000000") } as never);
    expect(bad.status).toBe(404);
  });
});

describe("brand colour contrast (what the settings' preview shows)", () => {
  it("measures the weakest pair, against white and the light grey", () => {
    expect(brandContrast("#00676b").enough).toBe(true);
    const light = brandContrast("#7fb3b5");
    expect(light.enough).toBe(false);
    expect(light.ratio).toBeLessThan(3);
    // the light grey is the harder background
    expect(brandContrast("#767676").enough).toBe(false);
  });

  it("writes ratios the French way, never rounding up to the threshold", () => {
    expect(formatRatio(4.499)).toBe("4,49:1");
    expect(formatRatio(21)).toBe("21,00:1");
  });
});

describe("the layout reads the settings", () => {
  it("names the cooperative in the header and the footer, with its address, mailbox, networks and links", async () => {
    stubApi({ "/bff/user": { authenticated: false } });
    renderRoute("cooperative", { default: () => <h1>Page</h1> }, "/cooperative", OTHER);
    const homeLink = screen.getAllByRole("link").find((a) => a.getAttribute("href") === "/");
    expect(homeLink?.textContent).toContain("Deux Rives");
    expect(homeLink?.textContent).toContain("Coopérative des Deux Rives");
    expect(homeLink?.querySelector("img")?.getAttribute("src")).toBe("/api/members/public/cooperative/logo?v=3");
    expect(document.body.textContent).not.toMatch(/COOP'EMPLOI|Seynod|coopemploi/);
  });

  it("gives the footer the address, mailbox, legal form, networks and social links", () => {
    renderUnderRoot(<SiteFooter />, OTHER);
    const footer = screen.getByRole("contentinfo");
    expect(footer.textContent).toContain("3 quai Est");
    expect(footer.textContent).toContain("69002 Lyon");
    expect(footer.textContent).toContain("SCOP SA");
    expect(footer.textContent).toContain("Membre des réseaux « Réseau A », « Réseau B ».");
    expect(screen.getByRole("link", { name: "bonjour@deux-rives.example" }).getAttribute("href")).toBe(
      "mailto:bonjour@deux-rives.example",
    );
    expect(screen.getByRole("link", { name: "LinkedIn" }).getAttribute("href")).toBe(
      "https://www.linkedin.com/company/deux-rives",
    );
    expect(document.body.textContent).not.toMatch(/COOP'EMPLOI|Seynod|coopemploi/);
  });

  it("gives the page titles, Open Graph and the Organization JSON-LD the settings' names", () => {
    const matches = [{ id: "root", loaderData: { publicUrl: "https://deux-rives.example", cooperative: OTHER } }];
    const tags = seo({ title: "Agenda", description: "d", path: "/agenda", matches });
    expect(tags).toContainEqual({ title: "Agenda | Deux Rives" });
    expect(tags).toContainEqual({ property: "og:site_name", content: "Deux Rives" });
    expect(cooperativeFrom([])).toBe(NEUTRAL_COOPERATIVE);
    const ld = organizationLd(OTHER, "https://deux-rives.example");
    expect(ld).toMatchObject({
      name: "Coopérative des Deux Rives",
      alternateName: "Deux Rives",
      email: "bonjour@deux-rives.example",
      logo: "https://deux-rives.example/api/members/public/cooperative/logo?v=3",
      address: { addressLocality: "Lyon", postalCode: "69002" },
      sameAs: ["https://www.linkedin.com/company/deux-rives"],
    });
    const homeTags = home.meta({ matches } as never) as { title?: string }[];
    expect(homeTags.find((t) => t.title)?.title).toBe(
      "Coopérative des Deux Rives, coopérative d'activités et d'emploi à Lyon",
    );
  });
});
