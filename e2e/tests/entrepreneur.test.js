// Journey of an entrepreneur (marie.entrepreneur): the intranet home and its cards; "Mes ateliers": register to an
// upcoming workshop and cancel, then catch up on the workshop she missed in one click; "Mes rendez-vous": book an
// open slot of a coach and cancel it (more than 24 h ahead), the personal calendar link and its feed; "Mon tableau
// de bord" in euros. Everything the journey books or registers, it cancels again, so it can run again and again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE_URL,
  assertNoPageErrors,
  closeJourney,
  eventsApi,
  homeCards,
  logOut,
  openJourney,
  parisDayAt,
  parisIso,
  tokenOf,
} from "./support.js";

const ME = "marie.entrepreneur";
const DASHBOARD_URL = process.env.COOP_DASHBOARD_URL ?? `http://localhost:${process.env.DASHBOARD_PORT ?? 8084}`;
const DAY = 86400000;

let browser;
let context;
let page;
before(async () => {
  await restoreMissedWorkshopSuggestion();
  ({ browser, context, page } = await openJourney(ME));
});
after(async () => {
  await closeJourney({ browser, context });
});

/**
 * The demo gives Marie an absence, so that the next session of its theme is suggested. If an earlier run stopped
 * after re-registering her, take that registration back so the suggestion shows again.
 */
async function restoreMissedWorkshopSuggestion() {
  const workshops = (await eventsApi(ME, "GET", "/api/events/me/workshops")).body;
  if (workshops.suggestions.length > 0) return;
  const history = (await eventsApi(ME, "GET", "/api/events/me/attendance")).body;
  const themes = new Set(history.filter((h) => h.attendance === "ABSENT" && h.event.theme).map((h) => h.event.theme));
  for (const theme of themes) {
    const next = workshops.upcoming.find((u) => u.event.theme === theme && u.event.status !== "CANCELLED");
    if (next?.registration && next.registration.status !== "CANCELLED") {
      await eventsApi(ME, "DELETE", `/api/events/me/registrations/${next.registration.id}`);
    }
  }
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Text as typed: no-break spaces of French dates and amounts as plain spaces. */
const plain = (text) => text.replace(/[\u00a0\u202f]/g, " ");

/** The intranet card (list item) of an event or slot, by its start time and, if given, its heading. */
function cardAt(startsAt, heading) {
  let card = page.locator("li.card").filter({ has: page.locator(`time[datetime="${startsAt}"]`) });
  if (heading) card = card.filter({ has: page.getByRole("heading", { name: heading, exact: true }) });
  return card;
}

test("the intranet home shows the entrepreneur's space and its cards", async () => {
  assert.deepEqual(await homeCards(page, "Espace entrepreneur", "Bonjour Marie Dupont"), [
    "Mes ateliers",
    "Mes rendez-vous",
    "Mon dossier",
    "Mon tableau de bord",
    "Ma vitrine",
    "Les salons",
    "Mon agenda personnel",
    "Centre de ressources",
    "Questions-réponses",
  ]);
  assert.equal(await page.getByRole("region", { name: "Espace accompagnateur" }).count(), 0);
});

test("\"Mes ateliers\": she registers to an upcoming workshop, sees her status, then cancels", async () => {
  const { upcoming, suggestions } = (await eventsApi(ME, "GET", "/api/events/me/workshops")).body;
  const suggested = new Set(suggestions.map((s) => s.next.id));
  const free = upcoming.find(
    ({ event, registration }) =>
      event.status !== "CANCELLED" &&
      event.seatsLeft > 0 &&
      !suggested.has(event.id) &&
      (!registration || registration.status === "CANCELLED"),
  );
  assert.ok(free, "an upcoming workshop she is not registered to, with seats");
  const { event } = free;

  await page.getByRole("link", { name: "Mes ateliers" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/ateliers`);
  await page.getByRole("heading", { level: 1, name: "Mes ateliers" }).waitFor();
  const card = cardAt(event.startsAt, event.title);
  await card.getByRole("button", { name: new RegExp(`^M'inscrire : ${escape(event.title)}, `) }).click();
  await card.getByRole("status").getByText(`Vous êtes inscrit·e à « ${event.title} ».`).waitFor();
  await card.getByText("Inscrit·e", { exact: true }).waitFor();

  await card.getByRole("button", { name: new RegExp(`^Annuler mon inscription : ${escape(event.title)}, `) }).click();
  await card.getByRole("status").getByText(`Votre inscription à « ${event.title} » est annulée.`).waitFor();
  await card.getByRole("button", { name: new RegExp(`^M'inscrire : ${escape(event.title)}, `) }).waitFor();
  assert.equal(await card.getByText("Inscrit·e", { exact: true }).count(), 0);
});

test("\"Mes ateliers\": after her absence the next session is suggested, and she re-registers in one click", async () => {
  const { suggestions } = (await eventsApi(ME, "GET", "/api/events/me/workshops")).body;
  assert.ok(suggestions.length > 0, "the demo absence gives a suggestion (GET /api/events/me/workshops)");
  const { missed, next } = suggestions[0];

  await page.goto(`${BASE_URL}/intranet/ateliers`);
  const region = page.getByRole("region", { name: "Rattraper un atelier manqué" });
  await region.waitFor();
  const suggestion = region.locator("li.card").filter({ has: page.locator(`time[datetime="${next.startsAt}"]`) });
  assert.match(
    plain(await suggestion.innerText()),
    new RegExp(`Vous n'avez pas pu assister à « ${escape(missed.title)} » le .+\\. Prochaine session sur ce thème`),
  );
  await suggestion.getByRole("button", { name: new RegExp(`^Me réinscrire : ${escape(next.title)}, `) }).click();

  // the confirmation stays in sight, the suggestion goes, the workshop shows her registration
  await page.getByRole("status").getByText(`Vous êtes inscrit·e à « ${next.title} ».`).waitFor();
  await region.waitFor({ state: "detached" });
  const card = cardAt(next.startsAt, next.title);
  await card.getByText("Inscrit·e", { exact: true }).waitFor();

  // back to the demo state: cancelled again, the suggestion comes back
  await card.getByRole("button", { name: new RegExp(`^Annuler mon inscription : ${escape(next.title)}, `) }).click();
  await card.getByRole("status").getByText(`Votre inscription à « ${next.title} » est annulée.`).waitFor();
  await region.waitFor();
});

test("\"Mes rendez-vous\": she books an open slot of a coach, sees it, and cancels it more than 24 h ahead", async () => {
  const slot = await openSlotAfter(Date.now() + 2 * DAY);
  const topic = `Point d'étape ${Date.now().toString(36)}`;

  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Mes rendez-vous" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/rendez-vous`);
  await page.getByRole("heading", { level: 1, name: "Mes rendez-vous" }).waitFor();

  // only this coach's slots
  const booking = page.getByRole("region", { name: "Réserver un rendez-vous" });
  await booking.getByLabel("Accompagnateur").selectOption({ label: slot.coach.name });
  await booking.getByRole("button", { name: "Afficher les créneaux" }).click();
  await page.waitForURL((url) => url.searchParams.get("accompagnateur") === slot.coach.subject);
  const slotCard = booking.locator("li.card").filter({ has: page.locator(`time[datetime="${slot.startsAt}"]`) });
  await slotCard.waitFor();
  const coaches = await booking.locator("li.card").getByText(/^Avec /).allInnerTexts();
  assert.deepEqual([...new Set(coaches)], [`Avec ${slot.coach.name}`]);

  await slotCard.getByRole("button", { name: new RegExp(`^Réserver le créneau du .+ avec ${escape(slot.coach.name)}$`) }).click();
  await slotCard.getByLabel(/Sujet du rendez-vous/).fill(topic);
  await slotCard.getByRole("button", { name: "Confirmer la réservation" }).click();
  await booking.getByRole("status").getByText(new RegExp(`^Rendez-vous réservé avec ${escape(slot.coach.name)} le `)).waitFor();
  await slotCard.waitFor({ state: "detached" });

  const mine = page.getByRole("region", { name: "Mes rendez-vous" });
  const appointment = mine.locator("li.card").filter({ hasText: `Sujet : ${topic}` });
  await appointment.getByRole("heading", { name: `Avec ${slot.coach.name}` }).waitFor();
  assert.equal(await appointment.locator("time").getAttribute("datetime"), slot.startsAt);

  await appointment.getByRole("button", { name: /^Annuler le rendez-vous du / }).click();
  await appointment.getByRole("button", { name: "Oui, annuler le rendez-vous" }).click();
  await mine.getByRole("status").getByText(/^Votre rendez-vous du .+ est annulé\.$/).waitFor();
  await appointment.waitFor({ state: "detached" });
  // the slot is free again for everyone
  await booking.locator("li.card").filter({ has: page.locator(`time[datetime="${slot.startsAt}"]`) }).waitFor();
});

/**
 * An open slot starting after `time`: the demo's coaches have some for the coming days; once those have passed, the
 * journey publishes one for a demo coach (through the API: it is the coach journey's part to do it in the browser).
 */
async function openSlotAfter(time) {
  const slots = (await eventsApi(ME, "GET", "/api/events/slots")).body;
  assert.ok(Array.isArray(slots), `GET /api/events/slots answers a list: ${JSON.stringify(slots)}`);
  const found = slots.find((s) => new Date(s.startsAt).getTime() > time);
  if (found) return found;
  const published = await eventsApi("ines.coach", "POST", "/api/events/coach/slots", {
    startsAt: parisIso(parisDayAt(9, 15)),
    endsAt: parisIso(parisDayAt(9, 16)),
    place: { kind: "ONLINE", label: "En ligne", url: "https://visio.coopemploi.com/rendez-vous" },
  });
  assert.equal(published.status, 201, `a slot is published for the journey: ${JSON.stringify(published.body)}`);
  return published.body;
}

test("\"Mon agenda personnel\": her private calendar link is shown, and its feed is an iCalendar in Paris time", async () => {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Mon agenda personnel" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/rendez-vous#agenda-personnel`);
  const section = page.getByRole("region", { name: "Mon agenda personnel" });
  const input = section.getByLabel("Adresse de mon agenda personnel");
  await input.waitFor();
  const url = await input.inputValue();
  assert.match(url, new RegExp(`^${escape(BASE_URL)}/api/events/public/calendars/[^/]+\\.ics$`));
  assert.equal(
    await section.getByRole("link", { name: "Ouvrir dans mon application d'agenda" }).getAttribute("href"),
    url.replace(/^https?:/, "webcal:"),
  );

  // a calendar application fetches it without any session
  const feed = await fetch(url);
  assert.equal(feed.status, 200);
  assert.match(feed.headers.get("content-type") ?? "", /^text\/calendar/);
  const ics = (await feed.text()).replace(/\r?\n[ \t]/g, "");
  assert.match(ics, /^BEGIN:VCALENDAR/);
  assert.match(ics, /BEGIN:VTIMEZONE\r?\nTZID:Europe\/Paris/);
  // her workshops and her appointments are in it, in Paris time
  const { upcoming } = (await eventsApi(ME, "GET", "/api/events/me/workshops")).body;
  const registered = upcoming.filter((u) => u.registration && u.registration.status === "CONFIRMED");
  assert.ok(registered.length > 0, "the demo registers her to a workshop");
  for (const { event } of registered) assert.match(ics, new RegExp(`UID:${event.id}\r\n`), `${event.title} is in her feed`);
  const appointments = (await eventsApi(ME, "GET", "/api/events/me/appointments")).body;
  for (const a of appointments.filter((x) => x.status === "BOOKED")) {
    assert.match(ics, new RegExp(`UID:[^\r\n]*${a.id}`), `her appointment of ${a.startsAt} is in her feed`);
  }
  assert.match(ics, /DTSTART;TZID=Europe\/Paris:\d{8}T\d{6}/);
});

test("\"Mon tableau de bord\" shows her figures in euros", async () => {
  const response = await fetch(`${DASHBOARD_URL}/api/dashboard/me`, {
    headers: { Authorization: `Bearer ${await tokenOf(ME)}` },
  });
  assert.equal(response.status, 200);
  const figures = await response.json();

  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Mon tableau de bord" }).click();
  await page.waitForURL(`${BASE_URL}/intranet/tableau-de-bord`);
  const year = page.getByRole("region", { name: "Depuis le début de l'année" });
  await year.waitFor();
  const value = async (label) => plain(await year.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]").innerText());
  assert.equal(await value("Chiffre d'affaires"), euros(figures.yearToDate.revenue));
  assert.equal(await value("Charges"), euros(figures.yearToDate.expenses));
  assert.equal(await value("Marge"), euros(figures.yearToDate.margin));

  const table = page.getByRole("table", { name: "Chiffre d'affaires, charges, marge et heures par mois" });
  const rows = table.getByRole("row");
  assert.equal(await rows.count(), figures.months.length + 1);
  const first = await rows.nth(1).getByRole("cell").allInnerTexts();
  assert.deepEqual(first.slice(0, 3).map(plain), [
    euros(figures.months[0].revenue),
    euros(figures.months[0].expenses),
    euros(figures.months[0].margin),
  ]);
  await page.getByRole("figure", { name: /Chiffre d'affaires et charges des douze derniers mois/ }).waitFor();
  assertNoPageErrors(page);
});

/** 20220 → "20 220,00 €" (spaces plain). */
function euros(amount) {
  const [whole, cents] = Math.abs(amount).toFixed(2).split(".");
  return `${amount < 0 ? "\u2212" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${cents} €`;
}

test("the entrepreneur logs out", async () => {
  await logOut(page);
});
