// After ./coop up: the platform answers through the gateway, every service is registered and UP, a demo user logs in
// through Keycloak in a real browser, and a visitor's registration becomes an e-mail.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, KEYCLOAK_URL, REGISTRY_URL, adminToken, launchBrowser, logIn, awaitInbox, openPage } from "./support.js";

const SERVICES = [
  "GATEWAY-SERVICE",
  "EVENTS-SERVICE",
  "MEMBERS-SERVICE",
  "RESOURCES-SERVICE",
  "DASHBOARD-SERVICE",
  "NOTIFICATION-SERVICE",
];

async function registeredServices() {
  const response = await fetch(`${REGISTRY_URL}/eureka/apps`, { headers: { Accept: "application/json" } });
  assert.equal(response.status, 200);
  return (await response.json()).applications.application.map((app) => [app.name, app.instance[0].status]);
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("the home page's HTML already carries its French text (server-side rendering)", async () => {
  const response = await fetch(`${BASE_URL}/`);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<html lang="fr"/);
  assert.match(html, /<title>[^<]*COOP&#x27;EMPLOI[^<]*<\/title>/);
  assert.match(html, /<meta name="description" content="[^"]+"/);
  assert.match(html, /coopérative d(&#x27;|')activités et d(&#x27;|')emploi/i);
  // demo data reached the page through the gateway and the services
  assert.match(html, /Réunion d(&#x27;|')information/);
});

test("every service is registered in Eureka and reports UP", async () => {
  const registered = await registeredServices();
  for (const service of SERVICES) {
    assert.deepEqual(
      registered.find(([name]) => name === service),
      [service, "UP"],
      `${service} is not registered as UP: ${JSON.stringify(registered)}`,
    );
  }
});

test("a demo entrepreneur logs in through Keycloak and sees who they are, then logs out", async () => {
  const { context, page } = await openPage(browser);
  await logIn(page, "marie.entrepreneur");
  await page.getByText("Bonjour Marie Dupont").waitFor();
  await page.getByText("Entrepreneur", { exact: false }).first().waitFor();
  const session = await (await page.request.get(`${BASE_URL}/bff/user`)).json();
  assert.equal(session.authenticated, true);
  assert.deepEqual(session.roles, ["entrepreneur"]);
  assert.deepEqual(session.antennas, ["seynod"]);

  // the session cookie as it was while logged in, to replay it after logging out
  const oldCookie = (await context.cookies(BASE_URL)).find((cookie) => cookie.name === "COOP_SESSION");
  assert.ok(oldCookie, "the gateway keeps the login in its session cookie");
  assert.equal(oldCookie.httpOnly, true);
  const whileIn = await fetch(`${BASE_URL}/api/members/me`, { headers: { Cookie: `COOP_SESSION=${oldCookie.value}` } });
  assert.equal(whileIn.status, 200);

  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL(`${BASE_URL}/`);
  const after = await (await page.request.get(`${BASE_URL}/bff/user`)).json();
  assert.equal(after.authenticated, false);
  const replayed = await fetch(`${BASE_URL}/api/members/me`, { headers: { Cookie: `COOP_SESSION=${oldCookie.value}` } });
  assert.equal(replayed.status, 401, "the old session cookie no longer opens the intranet");
  await context.close();
});

// ---- Keycloak's admin API, to shorten the gateway client's tokens for one test ----

async function admin(token, method, path, body) {
  const response = await fetch(`${KEYCLOAK_URL}/admin/realms/coop${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${path}: ${response.status}`);
  return response.status === 204 ? null : response.json();
}

const MARIE = "b465c806-618a-4771-b0d4-d76aa7ceecf5";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test("the gateway refreshes the access token it holds: the intranet keeps working past the token's lifetime", async () => {
  const token = await adminToken();
  const [gateway] = await admin(token, "GET", "/clients?clientId=coop-gateway");
  const original = gateway.attributes?.["access.token.lifespan"];
  // tokens of 5 seconds: shorter than the 60 seconds of leeway the gateway allows, each call needs a fresh one
  await admin(token, "PUT", `/clients/${gateway.id}`, { ...gateway, attributes: { ...gateway.attributes, "access.token.lifespan": "5" } });
  const { context, page } = await openPage(browser);
  try {
    // Marie's sessions opened by this login only: another journey may be using hers meanwhile (e2e/run.js's lanes)
    const sessionsOf = async () => admin(token, "GET", `/users/${MARIE}/sessions`);
    const earlier = new Set((await sessionsOf()).map((s) => s.id));
    await logIn(page, "marie.entrepreneur");
    const ours = (await sessionsOf()).filter((s) => !earlier.has(s.id)).map((s) => s.id);
    assert.ok(ours.length > 0, "the login opened a Keycloak session");
    const lastAccess = async () => Math.max(...(await sessionsOf()).filter((s) => ours.includes(s.id)).map((s) => s.lastAccess));
    const afterLogin = await lastAccess();
    for (let i = 0; i < 2; i++) {
      await sleep(6000);
      const me = await page.request.get(`${BASE_URL}/api/members/me`);
      assert.equal(me.status(), 200, "the intranet still answers once the first token has expired");
      assert.equal((await me.json()).subject, MARIE);
    }
    // the gateway went back to Keycloak with the refresh token: the session was used after the login
    assert.ok((await lastAccess()) > afterLogin, "Keycloak saw the gateway refresh the token");
  } finally {
    // an empty value removes the attribute: the realm's lifespan applies again
    const attributes = { ...gateway.attributes, "access.token.lifespan": original ?? "" };
    await admin(token, "PUT", `/clients/${gateway.id}`, { ...gateway, attributes });
    await context.close();
  }
});

test("a visitor registers for an information meeting in the browser and receives the confirmation e-mail", async () => {
  const agenda = await (await fetch(`${BASE_URL}/api/events/public/events?kind=INFO_MEETING&size=50`)).json();
  const meeting = agenda.items.find((event) => event.registrationOpen && event.seatsLeft > 0);
  assert.ok(meeting, "the demo agenda has an information meeting with free seats");
  const address = `visiteur-${Date.now()}@example.org`;

  const { context, page } = await openPage(browser);
  await page.goto(`${BASE_URL}/agenda/${meeting.id}`);
  await page.getByLabel("Prénom").fill("Camille");
  await page.getByLabel("Nom", { exact: true }).fill("Durand");
  await page.getByLabel("E-mail", { exact: false }).fill(address);
  await page.getByLabel("Commune", { exact: false }).fill("Annecy");
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: /inscri/i }).click();
  await page.getByRole("heading", { name: "Votre inscription est confirmée" }).waitFor();
  await context.close();

  const mails = await awaitInbox(address, 1);
  assert.equal(mails.length, 1);
  assert.match(mails[0].subject, /^Inscription confirmée : /);
});
