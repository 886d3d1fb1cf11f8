// What search engines and link previews read of the showcases and the directory: the JSON-LD graph of a showcase page
// (ProfilePage, Person, LocalBusiness or ProfessionalService, Product or Service offers only where there is a price,
// BreadcrumbList), the Open Graph and Twitter picture, and the directory's filtered results kept out of the index.
import { render, waitFor } from "@testing-library/react";
import { createRoutesStub, Meta, type MetaDescriptor, Outlet } from "react-router";
import { describe, expect, it } from "vitest";
import type { ShowcasePageView } from "../app/api/members";
import * as entrepreneurs from "../app/showcase/entrepreneurs";
import { type ShowcaseDetail, withPages } from "../app/showcase/ShowcaseView";
import * as showcase from "../app/showcase/showcase";
import { schemaPrice, sharedImage, showcaseLd } from "../app/showcase/structured-data";
import { aCooperative, aPicture, aShowcase, directoryFilters, pageOf, stubApi, summaryOf } from "./fixtures";

const SITE = "https://coopemploi.com";
const matches = [{ id: "root", loaderData: { publicUrl: SITE, cooperative: aCooperative() } }];
type Node = Record<string, unknown>;
const showcaseOf = (overrides: Parameters<typeof aShowcase>[0] = {}) => withPages(aShowcase(overrides));

function metaOf(s: ShowcaseDetail, page = 0): MetaDescriptor[] {
  return showcase.meta({ loaderData: { showcase: s, current: (s.pages ?? [])[page] }, matches } as never);
}

function graphOf(tags: MetaDescriptor[]): Node[] {
  const tag = tags.find((t) => "script:ld+json" in t) as { "script:ld+json": { "@graph": Node[] } };
  return tag["script:ld+json"]["@graph"];
}

const byType = (graph: Node[], type: string) => graph.filter((n) => n["@type"] === type);
const content = (tags: MetaDescriptor[], key: string) =>
  (tags.find((t) => (t as Node).property === key || (t as Node).name === key) as { content?: string } | undefined)
    ?.content;

/** A showcase page with offers, priced or not. */
function withOffers(s: ShowcaseDetail, offers: ShowcasePageView["offers"], images = [aPicture()]): ShowcaseDetail {
  const [first, ...rest] = s.pages;
  return { ...s, pages: [{ ...first, offers, images }, ...rest] };
}

describe("a showcase page's JSON-LD", () => {
  it("is a ProfilePage of the entrepreneur, their local business with its address and picture, and a breadcrumb", () => {
    const graph = graphOf(metaOf(withOffers(showcaseOf(), [])));
    const [page] = byType(graph, "ProfilePage");
    const [person] = byType(graph, "Person");
    const [business] = byType(graph, "LocalBusiness");
    expect(page).toMatchObject({
      url: `${SITE}/entrepreneurs/atelier-bois-flotte`,
      name: "L'Atelier du Bois Flotté",
      dateModified: "2026-11-02T09:00:00Z",
      mainEntity: { "@id": person["@id"] },
    });
    expect(person).toMatchObject({ name: "Julien Morel", worksFor: { "@id": business["@id"] } });
    // what Google asks of a LocalBusiness: a name and an address; an image and an address to reach it
    expect(business).toMatchObject({
      name: "L'Atelier du Bois Flotté",
      url: `${SITE}/entrepreneurs/atelier-bois-flotte`,
      image: `${SITE}/api/members/public/showcase-images/img-1/960.jpg`,
      address: { "@type": "PostalAddress", addressLocality: "Annecy", addressCountry: "FR" },
      areaServed: [
        { "@type": "City", name: "Annecy" },
        { "@type": "City", name: "Rumilly" },
      ],
      sameAs: ["https://bois-flotte.example/"],
      telephone: "06 12 34 56 78",
      founder: { "@id": person["@id"] },
    });
    expect((page.breadcrumb as Node).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Accueil", item: `${SITE}/` },
      { "@type": "ListItem", position: 2, name: "Annuaire des entrepreneurs", item: `${SITE}/entrepreneurs` },
      {
        "@type": "ListItem",
        position: 3,
        name: "L'Atelier du Bois Flotté",
        item: `${SITE}/entrepreneurs/atelier-bois-flotte`,
      },
    ]);
  });

  it("adds the page to the breadcrumb of a further page, whose address it is", () => {
    const graph = graphOf(metaOf(showcaseOf(), 1));
    const [page] = byType(graph, "ProfilePage");
    expect(page.url).toBe(`${SITE}/entrepreneurs/atelier-bois-flotte/realisations`);
    expect(((page.breadcrumb as Node).itemListElement as Node[]).at(-1)).toEqual({
      "@type": "ListItem",
      position: 4,
      name: "Réalisations",
      item: `${SITE}/entrepreneurs/atelier-bois-flotte/realisations`,
    });
  });

  it("gives a Product with its Offer in euros only to what has a price", () => {
    const s = withOffers(showcaseOf(), [
      { name: "Table basse", description: "En bois flotté", price: "450.00", unit: null },
      { name: "Étagère sur mesure", description: null, price: null, unit: null },
      { name: "Lampe", description: null, price: "89,5", unit: "pièce" },
    ]);
    const graph = graphOf(metaOf(s));
    const products = byType(graph, "Product");
    expect(products.map((p) => p.name)).toEqual(["Table basse", "Lampe"]);
    expect(products[0]).toMatchObject({
      image: `${SITE}/api/members/public/showcase-images/img-1/960.jpg`,
      offers: { "@type": "Offer", price: "450.00", priceCurrency: "EUR" },
    });
    expect(products[1].offers).toMatchObject({ price: "89.50", priceCurrency: "EUR" });
    expect(JSON.stringify(graph)).not.toContain("Étagère sur mesure");
    expect(byType(graph, "LocalBusiness")[0].priceRange).toBe("89.5 € – 450 €");
  });

  it("makes a consultant a ProfessionalService whose priced services are its offers, and none without a price", () => {
    const consultant = { ...showcaseOf(), sector: "CONSULTING" as const, makesProducts: false };
    const graph = graphOf(
      metaOf(
        withOffers(consultant, [
          { name: "Diagnostic", description: null, price: "300", unit: "la demi-journée" },
          { name: "Accompagnement", description: null, price: "sur devis", unit: null },
        ]),
      ),
    );
    expect(byType(graph, "LocalBusiness")).toEqual([]);
    expect(byType(graph, "Product")).toEqual([]);
    const [business] = byType(graph, "ProfessionalService");
    expect(business.makesOffer).toEqual([
      expect.objectContaining({
        "@type": "Offer",
        price: "300.00",
        priceCurrency: "EUR",
        itemOffered: { "@type": "Service", name: "Diagnostic" },
      }),
    ]);
    const bare = graphOf(
      metaOf(withOffers(consultant, [{ name: "Audit", description: null, price: null, unit: null }])),
    );
    expect(byType(bare, "ProfessionalService")[0].makesOffer).toBeUndefined();
    expect(JSON.stringify(bare)).not.toContain('"Offer"');
  });

  it("reads prices as schema.org wants them, and nothing that is not one", () => {
    expect(schemaPrice("45")).toBe("45.00");
    expect(schemaPrice("1 200,5")).toBe("1200.50");
    expect(schemaPrice("sur devis")).toBeUndefined();
    expect(schemaPrice("-3")).toBeUndefined();
    expect(schemaPrice(null)).toBeUndefined();
  });

  it("is valid JSON in the page, with a name holding </script> kept inside the block", async () => {
    const hostile = showcaseOf({ businessName: 'Bois </script><script>alert("x")</script> & Cie' });
    const Stub = createRoutesStub([
      {
        id: "root",
        path: "/",
        Component: () => (
          <>
            <Meta />
            <Outlet />
          </>
        ),
        children: [
          {
            path: "entrepreneurs/:slug/:page?",
            Component: () => <p>page</p>,
            HydrateFallback: () => null,
            loader: () => ({ showcase: hostile, current: hostile.pages[0] }),
            meta: showcase.meta as never,
          },
        ],
      },
    ]);
    render(
      <Stub
        initialEntries={["/entrepreneurs/atelier-bois-flotte"]}
        hydrationData={{
          loaderData: { root: { publicUrl: SITE, cooperative: aCooperative() } },
        }}
      />,
    );
    await waitFor(() => expect(document.querySelector('script[type="application/ld+json"]')).not.toBeNull());
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const raw = scripts[0].innerHTML;
    expect(raw).not.toMatch(/<\/script/i);
    expect(document.querySelectorAll("script")).toHaveLength(1);
    const parsed = JSON.parse(raw);
    expect(parsed["@context"]).toBe("https://schema.org");
    expect(byType(parsed["@graph"], "LocalBusiness")[0].name).toBe(hostile.businessName);
  });
});

describe("a showcase page's link preview", () => {
  it("shares its first picture, absolute, in its widest JPEG, with its size and description", () => {
    const picture = aPicture({
      width: 2000,
      height: 1000,
      fallbackSrcset:
        "/api/members/public/showcase-images/img-1/320.jpg 320w, /api/members/public/showcase-images/img-1/1440.jpg 1440w",
    });
    const tags = metaOf(withOffers(showcaseOf(), [], [picture]));
    expect(content(tags, "og:image")).toBe(`${SITE}/api/members/public/showcase-images/img-1/1440.jpg`);
    expect(content(tags, "og:image:width")).toBe("1440");
    expect(content(tags, "og:image:height")).toBe("720");
    expect(content(tags, "og:image:alt")).toBe("Une table basse en bois flotté");
    expect(content(tags, "og:image:type")).toBe("image/jpeg");
    expect(content(tags, "twitter:card")).toBe("summary_large_image");
    expect(content(tags, "twitter:image")).toBe(content(tags, "og:image"));
    expect(content(tags, "twitter:image:alt")).toBe("Une table basse en bois flotté");
    expect(content(tags, "og:url")).toBe(`${SITE}/entrepreneurs/atelier-bois-flotte`);
    expect(tags).toContainEqual({
      tagName: "link",
      rel: "canonical",
      href: `${SITE}/entrepreneurs/atelier-bois-flotte`,
    });
  });

  it("never claims a picture wider than the original", () => {
    expect(sharedImage(aPicture({ width: 800, height: 600 }), SITE)).toMatchObject({ width: 800, height: 600 });
  });

  it("falls back to the showcase's first picture, and is a plain summary card without any", () => {
    const s = showcaseOf({ cover: aPicture({ alt: "L'atelier" }) });
    expect(content(metaOf(s, 1), "og:image:alt")).toBe("L'atelier");
    const bare = metaOf(showcaseOf());
    expect(content(bare, "og:image")).toBeUndefined();
    expect(content(bare, "twitter:card")).toBe("summary");
    // each page describes itself
    expect(content(metaOf(showcaseOf(), 1), "description")).toBe("Tables, étagères et luminaires.");
    const jsonLd = graphOf(bare);
    expect(byType(jsonLd, "LocalBusiness")[0].image).toBeUndefined();
  });

  it("describes the whole JSON-LD graph with plain values only (nothing React would drop)", () => {
    const ld = showcaseLd(withOffers(showcaseOf(), []), showcaseOf().pages[0], { publicUrl: SITE, cooperative: "X" });
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});

describe("the directory's filters", () => {
  const meta = (url: string, data: Record<string, unknown>) =>
    entrepreneurs.meta({
      loaderData: { sector: "", antenna: "", town: "", page: 0, antennas: [], towns: [], result: null, ...data },
      matches,
      location: new URL(url, SITE),
    } as never);

  it("keep the directory and each sector indexable, page by page, under their own address", () => {
    const all = meta("/entrepreneurs", {});
    expect(content(all, "robots")).toBeUndefined();
    expect(all).toContainEqual({ tagName: "link", rel: "canonical", href: `${SITE}/entrepreneurs` });
    const second = meta("/entrepreneurs?secteur=CRAFTS&page=1", { sector: "CRAFTS", page: 1 });
    expect(content(second, "robots")).toBeUndefined();
    expect(second).toContainEqual({
      tagName: "link",
      rel: "canonical",
      href: `${SITE}/entrepreneurs?secteur=CRAFTS&page=1`,
    });
  });

  it("keep a result refined by antenna or town out of the index, its links followed, canonical to what it refines", () => {
    const refined = meta("/entrepreneurs?secteur=CRAFTS&antenne=seynod&ville=Annecy&page=1", {
      sector: "CRAFTS",
      antenna: "seynod",
      town: "Annecy",
      page: 1,
    });
    expect(content(refined, "robots")).toBe("noindex, follow");
    expect(refined).toContainEqual({ tagName: "link", rel: "canonical", href: `${SITE}/entrepreneurs?secteur=CRAFTS` });
    expect(refined.some((t) => "script:ld+json" in t)).toBe(false);
  });

  it("offer antenna and town as a GET form (no link to a combination), sectors as links", async () => {
    const { renderRoute } = await import("./render");
    const { screen, within } = await import("@testing-library/react");
    stubApi({
      "/bff/user": { authenticated: false },
      "/api/members/public/showcases/filters": directoryFilters(),
      "/api/members/public/showcases": pageOf([summaryOf(showcaseOf())], 30),
    });
    renderRoute("entrepreneurs", entrepreneurs, "/entrepreneurs?secteur=FURNITURE&antenne=seynod");
    const form = await screen.findByRole("form", { name: "Affiner par lieu" });
    expect(form.getAttribute("method")).toBe("get");
    expect((within(form).getByLabelText("Antenne") as HTMLSelectElement).value).toBe("seynod");
    expect(within(form).getByRole("option", { name: "Thônes" })).toBeTruthy();
    expect((form.querySelector('input[name="secteur"]') as HTMLInputElement).value).toBe("FURNITURE");
    expect(screen.getByRole("heading", { level: 2, name: "Mobilier, antenne de Seynod" })).toBeTruthy();
    // no link anywhere carries an antenna or a town but the pager of this (uncrawled) result
    const links = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? "");
    const sectorLinks = within(screen.getByRole("navigation", { name: "Filtrer par secteur d'activité" })).getAllByRole(
      "link",
    );
    expect(sectorLinks.every((a) => !/antenne|ville/.test(a.getAttribute("href") ?? ""))).toBe(true);
    expect(links.filter((h) => /antenne|ville/.test(h))).toEqual([
      "/entrepreneurs?secteur=FURNITURE&antenne=seynod&page=1",
    ]);
    expect(within(form).getByRole("link", { name: "Tout afficher" }).getAttribute("href")).toBe(
      "/entrepreneurs?secteur=FURNITURE",
    );
  });
});
