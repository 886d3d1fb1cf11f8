// Object mothers typed against the services' generated contracts (app/api/generated), so that they cannot drift
// from what the services send, and a fetch stub that answers like the gateway would.
import { vi } from "vitest";
import type { ActivityDashboard } from "../app/api/dashboard";
import {
  type AppointmentView,
  type ConsentVersion,
  type EventResponse,
  labels,
  type RegistrationView,
} from "../app/api/events";
import {
  type AntennaResponse,
  type CooperativeResponse,
  type FileResponse,
  labels as memberLabels,
  type PersonResponse,
  type PictureView,
  type ShowcaseDraft,
  type ShowcaseResponse,
} from "../app/api/members";
import type { ContentView, ResourceSummary, ResourceView } from "../app/api/resources";

type EventDetail = EventResponse;
type EventSummary = EventResponse;
type ShowcaseDetail = ShowcaseResponse;
type ShowcaseSummary = ShowcaseResponse;
type Registration = RegistrationView;
type Appointment = AppointmentView;
type Slot = AppointmentView;
type Person = PersonResponse;
type PageOf<T> = { items: T[]; page: number; size: number; total: number };

export function anEvent(overrides: Partial<EventDetail> = {}): EventDetail {
  const kind = overrides.kind ?? "INFO_MEETING";
  return {
    id: "0d6c1a52-3f0b-4d7e-9a51-1b2c3d4e5f60",
    kind,
    // the label events-service gives each kind
    kindLabel: labels.EventKind[kind],
    title: "Réunion d'information collective",
    summary: "Découvrir la coopérative, le statut d'entrepreneur-salarié et le parcours.",
    startsAt: "2027-01-12T09:30:00+01:00",
    endsAt: "2027-01-12T12:00:00+01:00",
    place: {
      kind: "ANTENNA",
      label: "COOP'EMPLOI Seynod",
      street: "1025 ancienne route d'Annecy",
      postalCode: "74600",
      town: "Seynod",
      url: null,
    },
    antenna: { code: "seynod", name: "Seynod" },
    capacity: 12,
    seatsLeft: 4,
    registrationOpen: true,
    theme: null,
    status: "SCHEDULED",
    audience: "PUBLIC",
    description: "Premier paragraphe.\n\nSecond paragraphe.",
    exhibitors: [],
    resources: [],
    ...overrides,
  };
}

export function aShowcase(overrides: Partial<ShowcaseDetail> = {}): ShowcaseDetail {
  return {
    slug: "atelier-bois-flotte",
    displayName: "Julien Morel",
    businessName: "L'Atelier du Bois Flotté",
    sector: "FURNITURE",
    sectorLabel: "Mobilier",
    tagline: "Mobilier en bois flotté du lac d'Annecy",
    town: "Annecy",
    antenna: { code: "seynod", name: "Seynod" },
    website: "https://bois-flotte.example",
    makesProducts: true,
    townsServed: ["Rumilly"],
    logo: null,
    cover: null,
    updatedAt: "2026-11-02T09:00:00Z",
    pages: [
      {
        slug: "presentation",
        title: "Présentation",
        body: "Je fabrique des meubles.\n\nChaque pièce est unique.",
        html: "<p>Je fabrique des meubles.</p><p>Chaque pièce est unique.</p>",
        description: "Je fabrique des meubles. Chaque pièce est unique.",
        offers: [],
        images: [],
      },
      {
        slug: "realisations",
        title: "Réalisations",
        body: "Tables, étagères et luminaires.",
        html: "<p>Tables, étagères et luminaires.</p>",
        description: "Tables, étagères et luminaires.",
        offers: [],
        images: [],
      },
    ],
    links: [],
    contactForm: false,
    contactEmail: "julien@bois-flotte.example",
    phone: "06 12 34 56 78",
    ...overrides,
  };
}

/** The directory's filters as members-service counts them: two antennas, three towns. */
export function directoryFilters() {
  return {
    sectors: [{ code: "FURNITURE", label: "Mobilier", count: 2 }],
    antennas: [
      { code: "annemasse", label: "Annemasse", count: 1 },
      { code: "seynod", label: "Seynod", count: 3 },
    ],
    towns: [
      { code: "Annecy", label: "Annecy", count: 2 },
      { code: "Rumilly", label: "Rumilly", count: 1 },
      { code: "Thônes", label: "Thônes", count: 1 },
    ],
  };
}

export function summaryOf(s: ShowcaseDetail): ShowcaseSummary {
  const { pages: _pages, contactEmail: _email, phone: _phone, links: _links, contactForm: _form, ...summary } = s;
  return summary;
}

export function pageOf<T>(items: T[], total = items.length): PageOf<T> {
  return { items, page: 0, size: 20, total };
}

export const eventSummary = (e: EventDetail): EventSummary => {
  const { description: _d, exhibitors: _x, calendarUrl: _c, ...summary } = e;
  return summary;
};

/** An EventSummary straight away. */
export const aSummary = (overrides: Partial<EventDetail> = {}) => eventSummary(anEvent(overrides));

export const aWorkshop = (overrides: Partial<EventDetail> = {}) =>
  aSummary({
    id: "w1",
    kind: "WORKSHOP",
    title: "Fixer ses prix",
    theme: "Prix et devis",
    startsAt: "2027-02-09T14:00:00+01:00",
    endsAt: "2027-02-09T17:00:00+01:00",
    ...overrides,
  });

export function aRegistration(overrides: Partial<Registration> = {}): Registration {
  const event = overrides.event ?? aWorkshop();
  return {
    id: "r1",
    eventId: event.id,
    event,
    status: "CONFIRMED",
    position: null,
    offerExpiresAt: null,
    attendance: null,
    firstName: "Léa",
    lastName: "Bernard",
    email: "lea.bernard@example.org",
    createdAt: "2026-12-01T10:00:00+01:00",
    ...overrides,
  };
}

export function aSlot(overrides: Partial<Slot> = {}): Slot {
  return {
    id: "sl1",
    coach: { subject: "coach-paul", name: "Paul Girard" },
    startsAt: "2027-01-20T10:00:00+01:00",
    endsAt: "2027-01-20T11:00:00+01:00",
    place: anEvent().place,
    entrepreneur: null,
    topic: null,
    status: "OPEN",
    note: null,
    ...overrides,
  };
}

export function anAppointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: "a1",
    startsAt: "2027-01-21T10:00:00+01:00",
    endsAt: "2027-01-21T11:00:00+01:00",
    place: anEvent().place,
    coach: { subject: "coach-paul", name: "Paul Girard" },
    entrepreneur: { subject: "ent-marie", name: "Marie Dupont" },
    topic: "Mes prix de vente",
    status: "BOOKED",
    note: null,
    ...overrides,
  };
}

export function aPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: "p1",
    subject: "ent-marie",
    firstName: "Marie",
    lastName: "Dupont",
    email: "marie@example.org",
    role: "entrepreneur",
    roleLabel: "Entrepreneur",
    antenna: { code: "seynod", name: "Seynod" },
    organisation: null,
    coach: null,
    status: "ACTIVE",
    createdAt: "2026-01-05T09:00:00+01:00",
    ...overrides,
  };
}

/** The demo cooperative's settings, as members-service answers them. */
export function aCooperative(overrides: Partial<CooperativeResponse> = {}): CooperativeResponse {
  return {
    configured: true,
    name: "COOP'EMPLOI",
    shortName: "COOP'EMPLOI",
    primaryColour: "#00676b",
    secondaryColour: "#b5400f",
    palette: [
      { name: "white", hex: "#ffffff" },
      { name: "grey-light", hex: "#f2f4f5" },
      { name: "grey", hex: "#5c636a" },
      { name: "text", hex: "#262b30" },
      { name: "primary", hex: "#00676b" },
      { name: "accent", hex: "#b5400f" },
    ],
    logoUrl: null,
    address: { street: "1025 ancienne route d'Annecy", postalCode: "74600", town: "Seynod" },
    contactEmail: "contact@coopemploi.com",
    phone: "04 50 00 00 00",
    senderName: "COOP'EMPLOI",
    senderEmail: "ne-pas-repondre@coopemploi.com",
    legalForm: "Coopérative d'activités et d'emploi, SCOP SARL à capital variable",
    networks: ["Coopérer pour Entreprendre"],
    socialLinks: [],
    publicUrl: "http://localhost:8080",
    ...overrides,
  };
}

/** An antenna as the staff's list gives it. */
export function anAntenna(overrides: Partial<AntennaResponse> = {}): AntennaResponse {
  return {
    code: "annemasse",
    name: "Annemasse",
    street: "14 avenue de la Gare",
    postalCode: "74100",
    town: "Annemasse",
    openingHours: "Mardi et jeudi, 9 h – 17 h",
    headOffice: false,
    closed: false,
    ...overrides,
  };
}

export const ANTENNAS = [
  { code: "seynod", name: "Seynod", street: "1025 ancienne route d'Annecy", postalCode: "74600", town: "Seynod" },
  { code: "cluses", name: "Cluses", street: "12 rue du Marché", postalCode: "74300", town: "Cluses" },
];

export const userWith = (...roles: string[]) => ({
  authenticated: true,
  subject: roles.includes("coach") ? "coach-paul" : "ent-marie",
  name: roles.includes("coach") ? "Paul Girard" : "Marie Dupont",
  email: "someone@example.org",
  roles,
  antennas: ["seynod"],
  managesEveryAntenna: roles.includes("staff"),
});

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

export function problem(status: number, extra: Record<string, unknown> = {}): Response {
  return new Response(
    JSON.stringify({ type: "about:blank", title: "Erreur", status, detail: `Erreur ${status}`, ...extra }),
    { status, headers: { "Content-Type": "application/problem+json" } },
  );
}

type Handler = unknown | ((url: URL, init?: RequestInit) => Response);

/** Stubs global fetch: answers by path + query or path (a Response, a function, or a JSON body); else a 404 problem. */
export function stubApi(routes: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://ui.test");
    const handler = routes[url.pathname + url.search] ?? routes[url.pathname];
    if (handler === undefined) return problem(404);
    if (handler instanceof Response) return handler.clone();
    return typeof handler === "function"
      ? (handler as (u: URL, i?: RequestInit) => Response)(url, init)
      : json(handler);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** Every API call fails as when the gateway is down. */
export function stubApiDown() {
  const fetchMock = vi.fn(async () => {
    throw new TypeError("fetch failed");
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** The requests the stub received with `method` on `path` (query ignored), with their JSON body and headers. */
export function callsTo(fetchMock: ReturnType<typeof stubApi>, method: string, path: string) {
  return fetchMock.mock.calls
    .map(([input, init]) => ({ url: new URL(String(input), "http://ui.test"), init }))
    .filter(({ url, init }) => url.pathname === path && (init?.method ?? "GET").toUpperCase() === method)
    .map(({ url, init }) => ({
      url,
      headers: new Headers(init?.headers),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    }));
}

export function setCsrfCookie(value = "csrf-test") {
  document.cookie = `XSRF-TOKEN=${value}; path=/`;
}

/** Text with its no-break spaces (times, amounts) as plain spaces, to compare with what we type. */
export const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u00a0\u202f]/g, " ");

/** An entrepreneur's dashboard: two months (one imported, one typed), treasury, a late invoice, two objectives. */
const month = (key: string, revenue: number, expenses: number, source = "IMPORTED") => ({
  month: key,
  revenue,
  expenses,
  margin: revenue - expenses,
  hoursWorked: 120,
  trainingHours: 3,
  source,
});
export function aDashboard(overrides: Partial<ActivityDashboard> = {}): ActivityDashboard {
  return {
    subject: "marie",
    figuresAsOf: "2026-11-30",
    lastImportAt: "2026-12-01T08:00:00Z",
    analyticalCode: "MDUPONT",
    months: [month("2026-11", 1800, 400.5), month("2026-12", 2350.25, 650, "TYPED")],
    yearToDate: { revenue: 4150.25, expenses: 1050.5, margin: 3099.75, hoursWorked: 250.5, trainingHours: 6 },
    lastYearToDate: { revenue: 3000, expenses: 900, margin: 2100, hoursWorked: 200, trainingHours: 0 },
    treasury: {
      lines: [
        { key: "cash", label: "Trésorerie du jour", balance: 5000, future: false },
        { key: "taxes", label: "Impôts et cotisations à payer", balance: -1000, future: false },
        { key: "salaries", label: "Salaires à payer", balance: -1500, future: true },
      ],
      reference: 4000,
      future: 2500,
    },
    sales: {
      quotesSent: 3,
      quotesSentAmount: 4640,
      quotesSigned: 1,
      quotesSignedAmount: 1200,
      invoicesUnpaid: 2,
      unpaidAmount: 1644,
      invoicesLate: 1,
      lateAmount: 1140,
      lateAfterDays: 45,
      late: [{ number: "F-031", customer: "Bijouterie du Lac", issuedOn: "2026-09-26", amountDue: 1140, daysLate: 25 }],
    },
    objectives: [
      {
        id: "ca",
        label: "Chiffre d'affaires de la première année",
        kind: "REVENUE",
        target: 18000,
        achieved: 9000,
        progress: 50,
        expected: 60,
        status: null,
        dueOn: "2027-06-30",
      },
      {
        id: "boutique",
        label: "Ouvrir une boutique en ligne",
        kind: "OTHER",
        target: null,
        achieved: null,
        progress: 100,
        expected: 0,
        status: "DONE",
        dueOn: null,
      },
    ],
    forecast: { revenueAtYearEnd: 6500, monthlyAverage: 2075.13 },
    ...overrides,
  };
}

/** A resource of the centre as its author (Marie) sees her draft: working version only, no live one. */
export function aResource(overrides: Partial<ResourceView> = {}): ResourceView {
  const working: ContentView = {
    version: 1,
    title: "Réussir son marché de Noël",
    summary: "Ma liste de préparation.",
    body: "S'inscrire **avant septembre**.",
    bodyHtml: "<p>S'inscrire <strong>avant septembre</strong>.</p>",
    themes: ["SALES"],
    sectors: ["JEWELLERY"],
    audience: "MEMBERS",
    url: null,
    files: [],
    steps: [],
    correction: null,
    correctionHtml: null,
    form: null,
    answers: null,
  };
  return {
    id: "r1",
    slug: "reussir-son-marche-de-noel",
    kind: "DOCUMENT",
    ownerName: "Marie Dupont",
    mine: true,
    live: null,
    working,
    moderation: {
      state: "DRAFT",
      version: 1,
      publishedVersion: null,
      publishedAt: null,
      reason: null,
      reviewBy: null,
      pendingVersion: false,
      audit: null,
    },
    can: {
      edit: true,
      delete: true,
      submit: true,
      review: false,
      withdraw: false,
      restore: false,
      copy: false,
      bookmark: false,
      setReviewDate: false,
    },
    bookmarked: false,
    copiedFrom: null,
    updatedAt: "2026-11-30T10:00:00Z",
    tool: null,
    workshops: [],
    ...overrides,
  };
}

export function aResourceSummary(overrides: Partial<ResourceSummary> = {}): ResourceSummary {
  return {
    id: "r2",
    slug: "fixer-ses-prix",
    kind: "TRAINING",
    title: "Fixer ses prix",
    summary: "Le module de l'atelier.",
    themes: ["SALES", "MANAGEMENT"],
    sectors: [],
    audience: "MEMBERS",
    state: "VALIDATED",
    publishedAt: "2026-11-03T10:00:00Z",
    updatedAt: "2026-11-03T10:00:00Z",
    ownerName: "Inès Bouvier",
    fileCount: 1,
    pendingVersion: false,
    reason: null,
    thumbnailUrl: null,
    ...overrides,
  };
}

/** Marie's personal file as she reads it: in her CAPE, three objectives (one in euros, one late), Lucas her coach. */
export function aFile(overrides: Partial<FileResponse> = {}): FileResponse {
  const step = (milestone: FileResponse["journey"]["steps"][number]["milestone"], reachedOn: string | null) => ({
    milestone,
    label: memberLabels.Milestone[milestone],
    reached: reachedOn !== null,
    reachedOn,
  });
  return {
    person: {
      id: "p1",
      subject: "ent-marie",
      firstName: "Marie",
      lastName: "Dupont",
      email: "marie@example.org",
      antenna: { code: "seynod", name: "Seynod" },
      coach: { code: "coach-lucas", name: "Lucas Favre" },
      status: "ACTIVE",
    },
    activity: "Bijoux en argent recyclé, vendus sur les marchés.",
    analyticalCode: "MDUPONT",
    contact: { phone: "06 12 34 56 78", street: "3 rue du Lac", postalCode: "74000", town: "Annecy" },
    contactProposal: null,
    agreement: { capeStartsOn: "2026-03-02", capeEndsOn: "2027-03-01", cesaStartsOn: null },
    objectives: [
      {
        id: "ca",
        label: "Chiffre d'affaires de la première année",
        kind: "REVENUE",
        kindLabel: "Chiffre d'affaires",
        targetAmount: "18000.00",
        status: null,
        statusLabel: null,
        dueOn: "2027-03-01",
        overdue: false,
      },
      {
        id: "boutique",
        label: "Ouvrir une boutique en ligne",
        kind: "OTHER",
        kindLabel: "Autre objectif",
        targetAmount: null,
        status: "DONE",
        statusLabel: "Atteint",
        dueOn: null,
        overdue: false,
      },
      {
        id: "assurance",
        label: "Souscrire une assurance professionnelle",
        kind: "OTHER",
        kindLabel: "Autre objectif",
        targetAmount: null,
        status: "IN_PROGRESS",
        statusLabel: "En cours",
        dueOn: "2026-06-30",
        overdue: true,
      },
    ],
    journey: {
      steps: [
        step("INFORMATION_MEETING", "2026-01-13"),
        step("FIRST_INTERVIEW", "2026-01-27"),
        step("CAPE_SIGNED", "2026-03-02"),
        step("FIRST_INVOICE", null),
        step("CESA_SIGNED", null),
        step("ASSOCIATE", null),
      ],
      next: "FIRST_INVOICE",
      reachedCount: 3,
    },
    badges: [{ code: "FIRST_WORKSHOP", label: "Premier atelier", earnedOn: "2026-02-10" }],
    workshops: [
      {
        eventId: "w1",
        title: "Fixer ses prix",
        kind: "WORKSHOP",
        startsAt: "2026-02-10T14:00:00+01:00",
        attendance: "PRESENT",
        attendanceLabel: "Présent·e",
      },
    ],
    appointments: [
      {
        id: "a1",
        coachName: "Lucas Favre",
        startsAt: "2026-04-07T10:00:00+02:00",
        endsAt: "2026-04-07T11:00:00+02:00",
        place: "COOP'EMPLOI Seynod",
        topic: "Mes premiers devis",
        cancelled: false,
      },
    ],
    documents: [
      {
        id: "doc-lucas",
        name: "compte-rendu-avril.pdf",
        mediaType: "application/pdf",
        size: 184320,
        sharedAt: "2026-04-07T12:00:00Z",
        sharedByName: "Lucas Favre",
        sharedByRole: "COACH",
        sharedByRoleLabel: "Accompagnateur·rice",
        downloadUrl: "/api/members/files/ent-marie/documents/doc-lucas",
        removable: false,
      },
    ],
    history: [
      {
        at: "2026-03-02T10:00:00Z",
        actorSubject: "coach-lucas",
        actorName: "Lucas Favre",
        summary: "Étape « CAPE signé » franchie le 02/03/2026 (début du CAPE)",
      },
    ],
    can: { editJourney: false, editAnalyticalCode: false, proposeContact: true },
    changedAt: "2026-03-02T10:00:00Z",
    ...overrides,
  };
}
/** A consent text in force, as GET /api/events/public/consents gives it. */
export function aConsent(purpose: ConsentVersion["purpose"], version = 3): ConsentVersion {
  return {
    id: `consent-${purpose}-${version}`,
    purpose,
    version,
    statement: {
      PUBLIC_REGISTRATION: "J'accepte que COOP'EMPLOI traite ces informations pour gérer mon inscription.",
      PRESCRIBED_REGISTRATION: "La personne a donné son accord pour que je l'inscrive.",
      CONTACT_MESSAGE: "J'accepte que la coopérative conserve ce message pour me répondre.",
      SHOWCASE_MESSAGE:
        "J'accepte que mon nom, mon adresse e-mail et mon message soient transmis à l'entrepreneur de cette vitrine.",
    }[purpose],
    notice: "Vos données servent uniquement à organiser cette réunion.",
    publishedAt: "2026-11-02T09:00:00Z",
  };
}

/** What GET /api/events/public/consents answers: the texts in force and the earlier versions. */
export function consents(earlier: ReturnType<typeof aConsent>[] = []) {
  const current = [aConsent("PUBLIC_REGISTRATION"), aConsent("PRESCRIBED_REGISTRATION")];
  return { current, history: [...current, ...earlier] };
}

/** A showcase's picture as the API gives it: WebP and JPEG in two widths. */
export function aPicture(overrides: Partial<PictureView> = {}): PictureView {
  const base = "/api/members/public/showcase-images/img-1";
  return {
    id: "img-1",
    alt: "Une table basse en bois flotté",
    width: 1200,
    height: 800,
    src: `${base}/960.jpg`,
    srcset: `${base}/320.webp 320w, ${base}/960.webp 960w`,
    fallbackSrcset: `${base}/320.jpg 320w, ${base}/960.jpg 960w`,
    fallbackType: "image/jpeg",
    ...overrides,
  };
}

/** Julien's showcase as its editor and reviewers read it: published, a new version being written (one photo). */
export function aDraft(overrides: Partial<ShowcaseDraft> = {}): ShowcaseDraft {
  const picture = aPicture({ src: "/api/members/showcases/sc-1/images/img-1/960.jpg" });
  const published = aShowcase();
  return {
    id: "sc-1",
    slug: "atelier-bois-flotte",
    state: "DRAFT",
    stateLabel: "brouillon",
    version: 3,
    reason: null,
    online: true,
    pendingChanges: true,
    pageUrl: "http://localhost:8080/entrepreneurs/atelier-bois-flotte",
    owner: { subject: "ent-julien", name: "Julien Morel", antenna: "seynod" },
    working: {
      businessName: "L'Atelier du Bois Flotté",
      tagline: "Mobilier en bois flotté du lac d'Annecy",
      sector: "FURNITURE",
      town: "Annecy",
      townsServed: ["Rumilly"],
      website: "https://bois-flotte.example",
      links: [],
      contactEmail: "julien@bois-flotte.example",
      phone: null,
      contactForm: true,
      logo: null,
      pages: [
        {
          title: "Présentation",
          body: "Je fabrique des meubles.",
          offers: [{ name: "Table basse", description: null, price: "450,00", unit: "la pièce" }],
          images: [{ imageId: "img-1", alt: "Une table basse en bois flotté" }],
        },
      ],
    },
    preview: aShowcase({
      pages: [
        {
          ...published.pages![0],
          offers: [{ name: "Table basse", description: null, price: "450.00", unit: "la pièce" }],
          images: [picture],
        },
      ],
    }),
    live: published,
    missing: [],
    history: [
      {
        step: "VALIDATED",
        label: "Validée et publiée",
        version: 2,
        actorName: "Paul Girard",
        at: "2026-11-02T09:00:00Z",
        note: null,
      },
    ],
    can: { edit: true, submit: true, review: false, unpublish: true, withdraw: false },
    ...overrides,
  };
}
