// Showcases: what the editor holds and sends (editing.ts), « Ma vitrine » for the entrepreneur (a first showcase,
// a published one with changes, a refusal's reason, the submission and what is missing, the closed editor while it
// waits), the reviewers' list and page (validate, refuse with a reason), and the public page's gallery and offers.
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  emptyEditor,
  fieldLabels,
  fromInput,
  moved,
  requiredErrors,
  toInput,
  townsOf,
  withUploaded,
} from "../app/showcase/editing";
import * as myShowcase from "../app/showcase/my-showcase";
import * as review from "../app/showcase/review";
import * as reviews from "../app/showcase/reviews";
import * as showcase from "../app/showcase/showcase";
import {
  aConsent,
  aDraft,
  aPicture,
  aShowcase,
  callsTo,
  json,
  plain,
  problem,
  setCsrfCookie,
  stubApi,
  userWith,
} from "./fixtures";
import { click, renderIntranet, renderRoute } from "./render";

const MARIE = { "/bff/user": userWith("entrepreneur") };
const LUCAS = { "/bff/user": userWith("coach") };
const MINE = "/api/members/me/showcase";

describe("the showcase editor's state", () => {
  it("sends blank texts as nothing, towns one per line without repeats, and reads the same version back", () => {
    const working = aDraft().working;
    const state = fromInput(working);
    expect(state.townsServed).toBe("Rumilly");
    expect(state.phone).toBe("");
    expect(toInput(state)).toEqual({ ...working, links: [], phone: null });
    expect(townsOf("Annecy\n Rumilly, Thônes;\n\nAnnecy")).toEqual(["Annecy", "Rumilly", "Thônes"]);
    const typed = { ...state, tagline: "  ", pages: [{ ...state.pages[0], body: " ", offers: [] }] };
    expect(toInput(typed).tagline).toBeNull();
    expect(toInput(typed).pages[0].body).toBeNull();
  });

  it("adds only the pictures an upload brought, keeping what is typed and what was removed", () => {
    const before = aDraft().working;
    const state = fromInput(before);
    // the entrepreneur removed img-1 and typed a title, not saved yet; the service answers with img-1 and img-2
    const typed = { ...state, pages: [{ ...state.pages[0], title: "Mon atelier", images: [] }] };
    const answer = {
      ...before,
      pages: [{ ...before.pages[0], images: [...(before.pages[0].images ?? []), { imageId: "img-2", alt: null }] }],
    };
    const after = withUploaded(typed, before, answer);
    expect(after.pages[0].title).toBe("Mon atelier");
    expect(after.pages[0].images).toEqual([{ imageId: "img-2", alt: "" }]);
    // a new logo replaces the one held
    const logo = withUploaded(typed, before, { ...before, logo: { imageId: "logo-1", alt: "Logo" } });
    expect(logo.logo).toEqual({ imageId: "logo-1", alt: "Logo" });
  });

  it("moves pictures, checks required fields and names every field for the error summary", () => {
    expect(moved(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moved(["a", "b"], 1, 2)).toEqual(["a", "b"]);
    const empty = emptyEditor();
    expect(Object.keys(requiredErrors(empty))).toEqual(["businessName", "sector", "town"]);
    const state = fromInput(aDraft().working);
    expect(fieldLabels(state)["pages[0].images[0].alt"]).toBe("Page 1, photo 1 : description");
    expect(fieldLabels(state)["pages[0].offers[0].price"]).toBe("Page 1, offre 1 : prix");
  });
});

describe("/intranet/ma-vitrine", () => {
  it("lets an entrepreneur without a showcase write one: required fields first, then the whole version", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      ...MARIE,
      [MINE]: (_url: URL, init?: RequestInit) =>
        init?.method === "PUT"
          ? json(aDraft({ state: "DRAFT", online: false, live: null }))
          : problem(404, { detail: "Vous n'avez pas encore de vitrine : écrivez-la." }),
    });
    renderIntranet("ma-vitrine", myShowcase, "/intranet/ma-vitrine");
    expect(await screen.findByRole("heading", { level: 2, name: "Écrire ma vitrine" })).toBeTruthy();
    expect(screen.getByText("Enregistrez votre vitrine une première fois pour y ajouter votre logo.")).toBeTruthy();

    await click("Enregistrer");
    const alert = await screen.findByRole("alert");
    expect(
      within(alert)
        .getByRole("link", { name: /Nom de l'activité/ })
        .getAttribute("href"),
    ).toBe("#vitrine-businessName");
    expect(callsTo(fetchMock, "PUT", MINE)).toHaveLength(0);

    fireEvent.change(screen.getByLabelText("Nom de l'activité"), { target: { value: "Marie D. Bijoux" } });
    fireEvent.change(screen.getByLabelText("Secteur d'activité"), { target: { value: "JEWELLERY" } });
    fireEvent.change(screen.getByLabelText("Commune"), { target: { value: "Seynod" } });
    fireEvent.change(screen.getByLabelText("Page 1 : texte (facultatif)"), { target: { value: "Des bijoux." } });
    await click("Ajouter un service ou un produit");
    fireEvent.change(screen.getByLabelText("Offre 1 : nom"), { target: { value: "Bague" } });
    fireEvent.change(screen.getByLabelText(/Offre 1 : prix en euros/), { target: { value: "45" } });
    // jewellery is made: up to three pages
    await click("Ajouter une page");
    fireEvent.change(screen.getByLabelText("Page 2 : titre"), { target: { value: "Où me trouver" } });
    await click("Enregistrer");
    await screen.findByText("Votre vitrine est enregistrée : l'aperçu montre cette version.");
    const [put] = callsTo(fetchMock, "PUT", MINE);
    expect(put.headers.get("X-XSRF-TOKEN")).toBe("csrf-test");
    expect(put.body).toMatchObject({
      businessName: "Marie D. Bijoux",
      sector: "JEWELLERY",
      town: "Seynod",
      tagline: null,
      contactForm: true,
      pages: [
        {
          title: "Présentation",
          body: "Des bijoux.",
          offers: [{ name: "Bague", price: "45", description: null, unit: null }],
          images: [],
        },
        { title: "Où me trouver", body: null, offers: [], images: [] },
      ],
    });
  });

  it("shows a refusal's reason, the preview with its photo and prices, and puts the API's field errors next to their fields", async () => {
    setCsrfCookie();
    const refused = aDraft({
      state: "REJECTED",
      stateLabel: "refusée",
      reason: "Ajoutez vos tarifs, s'il vous plaît.",
    });
    refused.preview = { ...refused.preview, contactForm: true };
    const fetchMock = stubApi({
      ...MARIE,
      [MINE]: refused,
      [`${MINE}/submit`]: problem(400, {
        detail: "Votre vitrine n'est pas encore prête : complétez ce qui est indiqué.",
        errors: [{ field: "pages[0].images[0].alt", message: "Décrivez la photo n° 1." }],
      }),
    });
    renderIntranet("ma-vitrine", myShowcase, "/intranet/ma-vitrine");
    expect(await screen.findByText("Ajoutez vos tarifs, s'il vous plaît.")).toBeTruthy();
    // the preview's contact form cannot be sent
    const previewForm = screen.getByRole("form", { name: "Écrire à L'Atelier du Bois Flotté" });
    expect(
      (within(previewForm).getByRole("button", { name: "Envoyer mon message" }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(screen.getByText("refusée")).toBeTruthy();
    const preview = screen.getByRole("region", { name: "Aperçu" });
    const photo = within(preview).getByRole("img", { name: "Une table basse en bois flotté" });
    expect(photo.getAttribute("src")).toBe("/api/members/showcases/sc-1/images/img-1/960.jpg");
    expect(plain(within(preview).getByText(/450,00/).textContent)).toContain("Table basse – 450,00 € la pièce");
    expect(screen.getByRole("link", { name: "voir ma vitrine publiée" }).getAttribute("href")).toBe(
      "/entrepreneurs/atelier-bois-flotte",
    );

    await click("Proposer à la validation");
    const alert = await screen.findByRole("alert");
    expect(
      within(alert)
        .getByRole("link", { name: /Page 1, photo 1 : description/ })
        .getAttribute("href"),
    ).toBe("#vitrine-pages-0--images-0--alt");
    const field = screen.getByLabelText("Photo 1 : description");
    expect(field.getAttribute("aria-invalid")).toBe("true");
    expect(callsTo(fetchMock, "POST", `${MINE}/submit`)).toHaveLength(1);
    // nothing was changed: nothing saved before proposing
    expect(callsTo(fetchMock, "PUT", MINE)).toHaveLength(0);
  });

  it("saves what was changed before proposing it, and closes the editor while it waits", async () => {
    setCsrfCookie();
    let state = aDraft();
    const fetchMock = stubApi({
      ...MARIE,
      [MINE]: () => json(state),
      [`${MINE}/submit`]: () => {
        state = aDraft({
          state: "SUBMITTED",
          stateLabel: "en attente de validation",
          can: { ...state.can, edit: false, submit: false },
        });
        return json(state);
      },
    });
    renderIntranet("ma-vitrine", myShowcase, "/intranet/ma-vitrine");
    const photo = await screen.findByLabelText("Photo 1 : description");
    fireEvent.change(photo, { target: { value: "Une table basse, vue de haut" } });
    await click("Enregistrer et proposer à la validation");
    await screen.findByText(/Votre vitrine est proposée à la validation/);
    expect(callsTo(fetchMock, "PUT", MINE)[0].body.pages[0].images).toEqual([
      { imageId: "img-1", alt: "Une table basse, vue de haut" },
    ]);
    expect(await screen.findByText(/elle ne peut pas changer d'ici là/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Enregistrer" })).toBeNull();
    expect(screen.getByText(/La version publiée reste en ligne en attendant/)).toBeTruthy();
  });

  it("offers to propose a published showcase again once something changed", async () => {
    stubApi({
      ...MARIE,
      [MINE]: aDraft({
        state: "VALIDATED",
        stateLabel: "publiée",
        pendingChanges: false,
        can: { edit: true, submit: false, review: false, unpublish: true, withdraw: false },
      }),
    });
    renderIntranet("ma-vitrine", myShowcase, "/intranet/ma-vitrine");
    const name = await screen.findByLabelText("Nom de l'activité");
    expect(screen.queryByRole("button", { name: /proposer à la validation/i })).toBeNull();
    fireEvent.change(name, { target: { value: "L'Atelier du Bois Flotté et du Lac" } });
    expect(await screen.findByRole("button", { name: "Enregistrer et proposer à la validation" })).toBeTruthy();
  });

  it("reorders and removes photos in what it will send", async () => {
    setCsrfCookie();
    const draft = aDraft();
    draft.working.pages[0].images = [
      { imageId: "img-1", alt: "Première" },
      { imageId: "img-2", alt: "Seconde" },
    ];
    const fetchMock = stubApi({ ...MARIE, [MINE]: draft });
    renderIntranet("ma-vitrine", myShowcase, "/intranet/ma-vitrine");
    await screen.findByLabelText("Photo 2 : description");
    await click("Avancer la photo 2");
    expect((screen.getByLabelText("Photo 1 : description") as HTMLInputElement).value).toBe("Seconde");
    await click("Retirer la photo 2");
    await click("Enregistrer");
    await waitFor(() => expect(callsTo(fetchMock, "PUT", MINE)).toHaveLength(1));
    expect(callsTo(fetchMock, "PUT", MINE)[0].body.pages[0].images).toEqual([{ imageId: "img-2", alt: "Seconde" }]);
  });
});

describe("/intranet/vitrines", () => {
  it("lists the showcases waiting for the coach, oldest first as the API gives them", async () => {
    stubApi({
      ...LUCAS,
      "/api/members/showcases/reviews": [
        {
          id: "sc-1",
          businessName: "L'Atelier du Bois Flotté",
          ownerName: "Julien Morel",
          sectorLabel: "Mobilier",
          version: 3,
          online: true,
          submittedAt: "2026-11-03T10:00:00Z",
        },
      ],
    });
    renderIntranet("vitrines", reviews, "/intranet/vitrines");
    expect(await screen.findByText("1 vitrine attend votre décision.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "L'Atelier du Bois Flotté" }).getAttribute("href")).toBe(
      "/intranet/vitrines/sc-1",
    );
    expect(screen.getByText(/nouvelle version d'une vitrine publiée/)).toBeTruthy();
  });

  it("lets the coach validate a showcase, or refuse it with a reason", async () => {
    setCsrfCookie();
    const waiting = aDraft({
      state: "SUBMITTED",
      stateLabel: "en attente de validation",
      can: { edit: false, submit: false, review: true, unpublish: false, withdraw: true },
    });
    const fetchMock = stubApi({
      ...LUCAS,
      "/api/members/showcases/sc-1": waiting,
      "/api/members/showcases/sc-1/validate": aDraft({ state: "VALIDATED", stateLabel: "publiée" }),
      "/api/members/showcases/sc-1/reject": aDraft({ state: "REJECTED", stateLabel: "refusée" }),
    });
    renderIntranet("vitrines/:id", review, "/intranet/vitrines/sc-1");
    expect(await screen.findByRole("heading", { level: 1, name: "Vitrine : L'Atelier du Bois Flotté" })).toBeTruthy();
    expect(
      within(screen.getByRole("region", { name: "Aperçu" })).getByRole("img", {
        name: "Une table basse en bois flotté",
      }),
    ).toBeTruthy();

    await click("Refuser");
    await click("Refuser cette version");
    expect(await screen.findByText("Indiquez le motif.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Raison du refus (montrée à l'entrepreneur)"), {
      target: { value: "Il manque vos tarifs." },
    });
    await click("Refuser cette version");
    await screen.findByText(/La version est refusée/);
    expect(callsTo(fetchMock, "POST", "/api/members/showcases/sc-1/reject")[0].body).toEqual({
      reason: "Il manque vos tarifs.",
    });

    await click("Valider et publier");
    await screen.findByText(/La vitrine est validée et publiée à l'adresse \/entrepreneurs\/atelier-bois-flotte/);
    expect(callsTo(fetchMock, "POST", "/api/members/showcases/sc-1/validate")).toHaveLength(1);
  });
});

describe("/entrepreneurs/:slug", () => {
  it("shows the page's offers with their price and its gallery in WebP with its fallback", async () => {
    const first = aShowcase().pages![0];
    stubApi({
      "/api/members/public/showcases/atelier-bois-flotte": aShowcase({
        logo: aPicture({ id: "logo", alt: "Logo de L'Atelier du Bois Flotté" }),
        links: [{ kind: "SHOP", kindLabel: "Boutique en ligne", label: "Ma boutique", url: "https://shop.example" }],
        pages: [
          {
            ...first,
            offers: [
              { name: "Table basse", description: "Chêne et bois flotté", price: "450.00", unit: null },
              { name: "Sur mesure", description: null, price: null, unit: null },
            ],
            images: [aPicture()],
          },
        ],
      }),
    });
    renderRoute("entrepreneurs/:slug/:page?", showcase, "/entrepreneurs/atelier-bois-flotte");
    expect(await screen.findByRole("heading", { level: 1, name: "L'Atelier du Bois Flotté" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 3, name: "Produits" })).toBeTruthy();
    expect(plain(screen.getByText("Table basse").parentElement?.textContent)).toContain("Table basse – 450,00 €");
    expect(screen.getByText("Sur mesure").parentElement?.textContent).toBe("Sur mesure");
    const photo = screen.getByRole("img", { name: "Une table basse en bois flotté" });
    const sources = [...(photo.parentElement?.querySelectorAll("source") ?? [])];
    expect(sources.map((s) => s.getAttribute("type"))).toEqual(["image/webp", "image/jpeg"]);
    expect(sources[0].getAttribute("srcset")).toContain("960.webp 960w");
    expect(photo.getAttribute("width")).toBe("1200");
    expect(screen.getByRole("img", { name: "Logo de L'Atelier du Bois Flotté" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /Ma boutique/ }).getAttribute("href")).toBe("https://shop.example/");
  });

  it("lets a visitor write to the entrepreneur through the form, checked first, then sent with the honeypot empty", async () => {
    setCsrfCookie();
    const fetchMock = stubApi({
      "/api/members/public/showcases/atelier-bois-flotte": aShowcase({ contactForm: true }),
      "/api/events/public/consents": { current: [aConsent("SHOWCASE_MESSAGE")], history: [] },
      "/api/members/public/showcases/atelier-bois-flotte/messages": json(
        { message: "Votre message est transmis à L'Atelier du Bois Flotté." },
        202,
      ),
    });
    renderRoute("entrepreneurs/:slug/:page?", showcase, "/entrepreneurs/atelier-bois-flotte");
    const form = await screen.findByRole("form", { name: "Écrire à L'Atelier du Bois Flotté" });
    await click("Envoyer mon message");
    expect(await within(form).findByRole("alert")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/members/public/showcases/atelier-bois-flotte/messages")).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText("Nom et prénom"), { target: { value: "Léa Martin" } });
    fireEvent.change(within(form).getByLabelText("Adresse e-mail"), { target: { value: "lea@example.org" } });
    fireEvent.change(within(form).getByLabelText("Votre message"), {
      target: { value: "Bonjour, faites-vous des tables sur mesure ?" },
    });
    fireEvent.click(within(form).getByRole("checkbox", { name: /J'accepte que mon nom/ }));
    await click("Envoyer mon message");
    expect(await screen.findByText("Votre message est transmis à L'Atelier du Bois Flotté.")).toBeTruthy();
    expect(callsTo(fetchMock, "POST", "/api/members/public/showcases/atelier-bois-flotte/messages")[0].body).toEqual({
      name: "Léa Martin",
      email: "lea@example.org",
      message: "Bonjour, faites-vous des tables sur mesure ?",
      consent: true,
      consentVersion: 3,
      honeypot: "",
    });
  });

  it("offers no message form while the consent text in force cannot be read", async () => {
    stubApi({ "/api/members/public/showcases/atelier-bois-flotte": aShowcase({ contactForm: true }) });
    renderRoute("entrepreneurs/:slug/:page?", showcase, "/entrepreneurs/atelier-bois-flotte");
    const section = await screen.findByRole("region", { name: "Écrire à L'Atelier du Bois Flotté" });
    expect(within(section).getByText(/momentanément indisponible/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Envoyer mon message" })).toBeNull();
  });
});
