// Journey of the head office's settings (camille.staff): « Réglages de la coopérative » changes the short name, which
// the public home page shows at once, then puts it back as it was; a colour under WCAG AA is refused with the
// service's French reason on its field and nothing changes; « Antennes » creates an antenna (or reopens the one an
// earlier run closed), the public agenda's « Lieu » filter offers it, then it is closed and leaves the filter.
// The pages are checked with axe (WCAG 2.1 A and AA) and for script errors. Whatever it changes it puts back, so it
// can run again and again on the same data.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  assertAccessible,
  assertNoPageErrors,
  awaitMail,
  BASE_URL,
  cancelEvent,
  closeJourney,
  createEvent,
  EVENTS_URL,
  KEYCLOAK_URL,
  membersApi,
  openJourney,
  publicJson,
  registerVisitor,
  uniqueEmail,
} from "./support.js";

const ANTENNA = "Essai des réglages";

/** The request that stores `settings` (a GET's answer) again as they were. */
function requestOf(settings) {
  return {
    name: settings.name,
    shortName: settings.shortName === settings.name ? null : settings.shortName,
    primaryColour: settings.primaryColour,
    secondaryColour: settings.secondaryColour,
    street: settings.address?.street ?? null,
    postalCode: settings.address?.postalCode ?? null,
    town: settings.address?.town ?? null,
    contactEmail: settings.contactEmail,
    phone: settings.phone,
    senderName: settings.senderName === settings.name ? null : settings.senderName,
    senderEmail: settings.senderEmail,
    legalForm: settings.legalForm,
    networks: settings.networks,
    socialLinks: settings.socialLinks,
  };
}

let browser;
let context;
let page;
let settingsBefore;
before(async () => {
  settingsBefore = await publicJson("/api/members/public/cooperative");
  ({ browser, context, page } = await openJourney("camille.staff"));
});
after(async () => {
  // a journey stopped half-way leaves the settings as it found them (the steps put them back in the browser)
  const now = await publicJson("/api/members/public/cooperative");
  if (settingsBefore && JSON.stringify(requestOf(now)) !== JSON.stringify(requestOf(settingsBefore))) {
    await membersApi("camille.staff", "PUT", "/api/members/staff/cooperative", requestOf(settingsBefore));
  }
  await closeJourney({ browser, context });
});

/** The name the header's home link shows (the short name, or the name). */
async function headerName() {
  return (await page.locator(".site-header .logo-name").innerText()).trim();
}

async function openSettings() {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Réglages de la coopérative" }).click();
  await page.getByRole("heading", { level: 1, name: "Réglages de la coopérative" }).waitFor();
  await page.getByLabel("Nom de la coopérative").waitFor();
}

async function saveSettings() {
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
}

test("staff change the short name, the public home page shows it, then they put it back", async () => {
  const before = await publicJson("/api/members/public/cooperative");
  await openSettings();
  await assertAccessible(page);
  const field = page.getByLabel(/^Nom court/);
  const original = await field.inputValue();
  const trial = `Essai ${Date.now().toString(36)}`;
  await field.fill(trial);
  await saveSettings();
  await page.getByText("Les réglages sont enregistrés : le site les montre déjà.").waitFor();
  // the intranet's own header follows without a reload
  await page.locator(".site-header .logo-name").filter({ hasText: trial }).waitFor();
  assert.equal((await publicJson("/api/members/public/cooperative")).shortName, trial);

  await page.goto(`${BASE_URL}/`);
  assert.equal(await headerName(), trial, "the public home page shows the new short name");
  assert.match(await page.title(), new RegExp(before.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await assertAccessible(page);

  await openSettings();
  await page.getByLabel(/^Nom court/).fill(original);
  await saveSettings();
  await page.getByText("Les réglages sont enregistrés : le site les montre déjà.").waitFor();
  const after = await publicJson("/api/members/public/cooperative");
  assert.equal(after.shortName, before.shortName, "the short name is back");
  await page.goto(`${BASE_URL}/`);
  assert.equal(await headerName(), before.shortName);
  assertNoPageErrors(page);
});

test("renamed, the cooperative is what the next e-mail, the calendar feed and Keycloak's login page say", async () => {
  const before = await publicJson("/api/members/public/cooperative");
  const trial = `Essai ${Date.now().toString(36)}`;
  const renamed = await membersApi("camille.staff", "PUT", "/api/members/staff/cooperative", {
    ...requestOf(before),
    name: trial,
    shortName: before.shortName,
    senderName: trial,
  });
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  let meeting;
  try {
    // the feed: events-service's copy of the settings
    const deadline = Date.now() + 20_000;
    let feed = "";
    while (!feed.includes(`X-WR-CALNAME:Agenda de ${trial}`) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      feed = await (await fetch(`${EVENTS_URL}/api/events/public/agenda.ics`)).text();
    }
    assert.match(feed, new RegExp(`X-WR-CALNAME:Agenda de ${trial}`), "the public calendar feed names it");

    // Keycloak's login page: the realm's display name written by members-service
    const login = await (
      await fetch(
        `${KEYCLOAK_URL}/realms/coop/protocol/openid-connect/auth?client_id=coop-gateway&response_type=code` +
          `&scope=openid&redirect_uri=${encodeURIComponent(`${BASE_URL}/`)}` +
          // the client requires PKCE: any S256 challenge shows the page
          "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
      )
    ).text();
    assert.match(login, new RegExp(`<span class="coop-logo">${trial}</span>`), "the login page shows the new name");

    // the next e-mail: notification-service's copy
    const start = new Date(Date.now() + 30 * 24 * 3600_000);
    start.setUTCHours(8, 0, 0, 0);
    meeting = await createEvent({
      title: "Réunion d'information (nom de la coopérative)",
      start,
      place: { kind: "ADDRESS", label: "Salle des fêtes", street: "1 place de la Mairie", postalCode: "74000", town: "Annecy" },
      antenna: undefined,
    });
    const address = uniqueEmail("renommage");
    await registerVisitor(meeting, { firstName: "Lina", lastName: "Renommage", email: address });
    const confirmation = await awaitMail(address, /^Inscription confirmée/);
    assert.match(confirmation.text, new RegExp(`L'équipe de ${trial}`), "signed with the new name");
    assert.match(confirmation.raw, new RegExp(`^From: .*${trial}`, "mi"), "sent by the new sender name");
  } finally {
    if (meeting) await cancelEvent(meeting, "Essai terminé.");
    const back = await membersApi("camille.staff", "PUT", "/api/members/staff/cooperative", requestOf(before));
    assert.equal(back.status, 200, JSON.stringify(back.body));
  }
});

test("a brand colour under WCAG AA is refused with the service's French reason on its field", async () => {
  const before = await publicJson("/api/members/public/cooperative");
  await openSettings();
  const colour = page.getByLabel(/^Couleur principale/);
  await colour.fill("#7fb3b5");
  // the preview measures it while typing
  await page
    .getByRole("list", { name: "Contraste des couleurs choisies" })
    .getByText(/insuffisant/)
    .waitFor();
  await saveSettings();
  const error = page.locator(`#${await colour.getAttribute("id")}-error`);
  await error.waitFor();
  assert.match(
    await error.innerText(),
    /^Le contraste entre #7fb3b5 et le fond gris clair n'est que de \d,\d\d:1 ; il faut au moins 4,5:1 \(WCAG AA\)/,
  );
  assert.equal(await colour.getAttribute("aria-invalid"), "true");
  await page.getByText("Merci de corriger les champs signalés.").waitFor();
  await assertAccessible(page);
  const after = await publicJson("/api/members/public/cooperative");
  assert.equal(after.primaryColour, before.primaryColour, "nothing was stored");
  assertNoPageErrors(page);
});

/** The antennas the public agenda's « Lieu » filter offers. */
async function agendaPlaces() {
  await page.goto(`${BASE_URL}/agenda`);
  return page.getByLabel("Lieu").locator("option").allInnerTexts();
}

test("staff create an antenna, the agenda's filter offers it, then they close it", async () => {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Antennes", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Antennes" }).waitFor();
  const table = page.getByRole("table", { name: /^Antennes de la coopérative/ });
  await table.waitFor();
  await assertAccessible(page);

  const row = () => table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: ANTENNA }) });
  if ((await row().count()) === 0) {
    const form = page.getByRole("form", { name: "Créer une antenne" });
    await form.getByLabel("Nom de l'antenne").fill(ANTENNA);
    await form.getByLabel(/^Rue et numéro/).fill("2 place de la Mairie");
    await form.getByLabel("Code postal").fill("74150");
    await form.getByLabel("Commune").fill("Rumilly");
    await form.getByLabel(/^Horaires d'ouverture/).fill("Le mercredi, 9 h – 12 h");
    await form.getByRole("button", { name: "Créer l'antenne" }).click();
    await page.getByText(`L'antenne « ${ANTENNA} » est créée.`).waitFor();
  } else {
    // an earlier run closed it: it opens again
    await row()
      .getByRole("button", { name: `Rouvrir : ${ANTENNA}` })
      .click();
    await page.getByRole("button", { name: "Oui, rouvrir" }).click();
    await page.getByText(`L'antenne « ${ANTENNA} » est rouverte.`).waitFor();
  }
  await row().getByRole("cell", { name: "Ouverte", exact: true }).waitFor();
  assert.ok(
    (await publicJson("/api/members/public/antennas")).some((a) => a.name === ANTENNA && a.town === "Rumilly"),
    "the public list has it with its address",
  );
  assert.ok((await agendaPlaces()).includes(ANTENNA), "the agenda's filter offers the new antenna");

  await page.goto(`${BASE_URL}/intranet/gestion/antennes`);
  await row()
    .getByRole("button", { name: `Fermer : ${ANTENNA}` })
    .click();
  await page.getByRole("button", { name: "Oui, fermer l'antenne" }).click();
  await page.getByText(`L'antenne « ${ANTENNA} » est fermée.`).waitFor();
  await row().getByRole("cell", { name: "Fermée", exact: true }).waitFor();
  await assertAccessible(page);
  assert.ok(!(await agendaPlaces()).includes(ANTENNA), "a closed antenna leaves the agenda's filter");
  assertNoPageErrors(page);
});
