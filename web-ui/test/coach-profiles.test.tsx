// Coaches' profiles: the coach edits theirs (speciality, presentation, consent, photo) in the intranet, and
// « Qui sont les accompagnateurs » shows the consenting coaches' cards under staff's text, rendered on the server.
import { screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CoachProfile, PublicCoach } from "../app/api/members";
import * as myProfile from "../app/coach/my-coach-profile";
import * as page from "../app/pages/page";
import { type PresentationData, PresentationPage } from "../app/pages/public";
import { PUBLIC_CACHE_CONTROL } from "../app/site/cache";
import { callsTo, json, problem, setCsrfCookie, stubApi, userWith } from "./fixtures";
import { click, renderIntranet, renderRoute } from "./render";

afterEach(() => vi.unstubAllGlobals());

/** What the loader answers for the coaches' page without its coaches: its data with the headers that keep it out of shared caches. */
type Fresh = { data: PresentationData; init?: ResponseInit };

const photo = {
  id: "p1",
  alt: "Photo de Lucas Favre",
  width: 800,
  height: 600,
  src: "/api/members/public/coach-photos/p1/640.jpg",
  srcset: "/api/members/public/coach-photos/p1/320.webp 320w, /api/members/public/coach-photos/p1/640.webp 640w",
  fallbackSrcset: "/api/members/public/coach-photos/p1/320.jpg 320w, /api/members/public/coach-photos/p1/640.jpg 640w",
  fallbackType: "image/jpeg",
};

const COACHES: PublicCoach[] = [
  {
    name: "Inès Bouvier",
    speciality: "Services à la personne",
    presentation: null,
    antennaCode: "annemasse",
    antennaName: "Annemasse",
    photo: null,
  } as unknown as PublicCoach,
  {
    name: "Lucas Favre",
    speciality: "Artisanat et métiers d'art",
    presentation: "J'accompagne les artisans depuis dix ans.",
    antennaCode: "seynod",
    antennaName: "Seynod",
    photo,
  },
];

const STAFF_TEXT = {
  slug: "accompagnateurs",
  path: "/cooperative/accompagnateurs",
  title: "Qui sont les accompagnateurs ?",
  description: "L'équipe.",
  html: "<p>Une équipe de cinq personnes vous accompagne.</p>",
  version: 1,
  publishedAt: "2026-12-05T18:00:00Z",
};

describe("/cooperative/accompagnateurs", () => {
  it("shows the consenting coaches' cards under staff's text: photo with its alt text, name, speciality, antenna", async () => {
    stubApi({
      "/bff/user": { authenticated: false },
      "/api/resources/public/pages/accompagnateurs": STAFF_TEXT,
      "/api/resources/public/pages": [],
      "/api/members/public/coaches": COACHES,
    });
    renderRoute("cooperative/:slug", page, "/cooperative/accompagnateurs");
    const team = await screen.findByRole("region", { name: "L'équipe d'accompagnement" });
    const text = screen.getByText("Une équipe de cinq personnes vous accompagne.");
    expect(text.compareDocumentPosition(team) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const cards = within(team).getAllByRole("listitem");
    expect(cards.map((c) => within(c).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "Inès Bouvier",
      "Lucas Favre",
    ]);
    const lucas = cards[1];
    expect(within(lucas).getByRole("img", { name: "Photo de Lucas Favre" }).getAttribute("src")).toBe(photo.src);
    expect(within(lucas).getByText("Artisanat et métiers d'art")).toBeTruthy();
    expect(within(lucas).getByText("Antenne de Seynod")).toBeTruthy();
    expect(within(cards[0]).queryByRole("img")).toBeNull();
  });

  it("is rendered on the server, and other pages do not ask for the coaches", async () => {
    const fetchMock = stubApi({
      "/api/resources/public/pages/accompagnateurs": STAFF_TEXT,
      "/api/resources/public/pages/statut": { ...STAFF_TEXT, slug: "statut", path: "/cooperative/statut" },
      "/api/resources/public/pages": [],
      "/api/members/public/coaches": COACHES,
    });
    const data = (await page.loader({ params: { slug: "accompagnateurs" } } as never)) as PresentationData;
    // shared like the other pages: members.coach-profile.changed purges the gateway's copy
    expect(page.headers({ loaderHeaders: new Headers() } as never)).toEqual({ "Cache-Control": PUBLIC_CACHE_CONTROL });
    const html = renderToString(
      <MemoryRouter>
        <PresentationPage {...data} />
      </MemoryRouter>,
    );
    expect(html).toContain("Une équipe de cinq personnes vous accompagne.");
    expect(html).toContain('alt="Photo de Lucas Favre"');
    expect(html).toContain("Antenne de Seynod");
    await page.loader({ params: { slug: "statut" } } as never);
    expect(callsTo(fetchMock, "GET", "/api/members/public/coaches")).toHaveLength(1);
  });

  it("shows staff's text alone when members-service does not answer", async () => {
    stubApi({
      "/api/resources/public/pages/accompagnateurs": STAFF_TEXT,
      "/api/resources/public/pages": [],
      "/api/members/public/coaches": () => problem(503),
    });
    const answer = (await page.loader({ params: { slug: "accompagnateurs" } } as never)) as unknown as Fresh;
    expect(answer.data.coaches).toEqual([]);
    // not kept for everyone while the coaches are missing
    const sent = new Headers(answer.init?.headers);
    expect(sent.get("Cache-Control")).toBe("private, no-cache");
    expect(page.headers({ loaderHeaders: sent } as never)).toEqual({ "Cache-Control": "private, no-cache" });
  });
});

const PROFILE: CoachProfile = {
  name: "Lucas Favre",
  speciality: "",
  consent: false,
  antennaName: "Seynod",
} as unknown as CoachProfile;

describe("/intranet/mon-profil", () => {
  const ME = { "/bff/user": userWith("coach") };

  it("saves the speciality, the presentation and the consent with PUT and the CSRF header", async () => {
    setCsrfCookie("c-p");
    const fetchMock = stubApi({
      ...ME,
      "/api/members/me/coach-profile": (_url: URL, init?: RequestInit) =>
        init?.method === "PUT"
          ? json({ ...PROFILE, speciality: "Artisanat", consent: true, consentedAt: "2026-12-05T19:00:00Z" })
          : json(PROFILE),
    });
    renderIntranet("mon-profil", myProfile, "/intranet/mon-profil");
    const speciality = await screen.findByLabelText("Spécialité");
    (speciality as HTMLInputElement).value = "Artisanat";
    const consent = screen.getByRole("checkbox", { name: myProfile.CONSENT_LABEL });
    expect((consent as HTMLInputElement).checked).toBe(false);
    (consent as HTMLInputElement).click();
    expect(screen.getByLabelText("Ajouter une photo")).toBeTruthy();
    await click("Enregistrer mon profil");
    expect(await screen.findByText("Votre profil est enregistré et paraît sur le site public.")).toBeTruthy();
    const [put] = callsTo(fetchMock, "PUT", "/api/members/me/coach-profile");
    expect(put.body).toEqual({ speciality: "Artisanat", consent: true });
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("c-p");
  });

  it("asks for the speciality before sending, and shows the service's French refusal", async () => {
    const fetchMock = stubApi({
      ...ME,
      "/api/members/me/coach-profile": (_url: URL, init?: RequestInit) =>
        init?.method === "PUT"
          ? problem(400, { errors: [{ field: "speciality", message: "80 caractères au plus." }] })
          : json(PROFILE),
    });
    renderIntranet("mon-profil", myProfile, "/intranet/mon-profil");
    await screen.findByLabelText("Spécialité");
    await click("Enregistrer mon profil");
    expect(await screen.findAllByText("Indiquez votre spécialité.")).not.toHaveLength(0);
    expect(callsTo(fetchMock, "PUT", "/api/members/me/coach-profile")).toHaveLength(0);
    (screen.getByLabelText("Spécialité") as HTMLInputElement).value = "x".repeat(81);
    await click("Enregistrer mon profil");
    expect(await screen.findAllByText("80 caractères au plus.")).not.toHaveLength(0);
  });
});
