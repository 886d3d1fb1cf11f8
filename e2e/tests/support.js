// Shared helpers: where the platform runs, a headless Chromium from the system, logging in and out through the real
// Keycloak page, the mail catcher's inbox (decoded), and a few direct API calls used only to prepare or read data
// that a journey needs (never to replace a step a user takes in the browser).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { inflateRawSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "playwright-core";

export const BASE_URL = process.env.COOP_BASE_URL ?? `http://localhost:${process.env.GATEWAY_PORT ?? 8080}`;
export const REGISTRY_URL = process.env.COOP_REGISTRY_URL ?? `http://localhost:${process.env.REGISTRY_PORT ?? 8761}`;
export const MAIL_API_URL = process.env.COOP_MAIL_API_URL ?? `http://localhost:${process.env.MAIL_API_PORT ?? 8025}`;
export const KEYCLOAK_URL = process.env.COOP_KEYCLOAK_URL ?? `http://localhost:${process.env.KEYCLOAK_PORT ?? 8180}`;
export const EVENTS_URL = process.env.COOP_EVENTS_URL ?? `http://localhost:${process.env.EVENTS_PORT ?? 8081}`;
export const MEMBERS_URL = process.env.COOP_MEMBERS_URL ?? `http://localhost:${process.env.MEMBERS_PORT ?? 8082}`;
export const RESOURCES_URL =
  process.env.COOP_RESOURCES_URL ?? `http://localhost:${process.env.RESOURCES_PORT ?? 8083}`;
export const DEMO_PASSWORD = process.env.COOP_DEMO_PASSWORD ?? "demo";
const TESTS_CLIENT_SECRET = process.env.COOP_TESTS_CLIENT_SECRET ?? "dev-only-tests-secret";

/**
 * Optional: where to load the web UI's pages and assets from instead of the gateway's own web-ui route, e.g.
 * `COOP_UI_URL=http://localhost:3001` to try a fresh build of the UI without restarting the platform. The browser
 * still talks to the gateway for everything else (APIs, /bff, login, logout), so the session is real.
 */
const UI_URL = process.env.COOP_UI_URL;
const GATEWAY_PATHS = /^\/(api|bff|oauth2|login|logout|agenda\.ics)(\/|$|\?)/;

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  });
}

/**
 * A fresh browser context as a French visitor in Paris would have it, and its page. `page.errors` collects uncaught
 * script errors: a journey ends by checking there were none (a broken page is something a user notices).
 */
export async function openPage(browser) {
  const context = await browser.newContext({ locale: "fr-FR", timezoneId: "Europe/Paris", acceptDownloads: true });
  if (UI_URL) {
    await context.route(`${BASE_URL}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (GATEWAY_PATHS.test(url.pathname)) return route.fallback();
      const response = await route.fetch({ url: UI_URL + url.pathname + url.search });
      return route.fulfill({ response });
    });
  }
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  return { context, page };
}

/**
 * A page of its own browser context, logged in as `username` (a visitor when none), kept in `opened` so that the
 * journey closes every context at the end.
 */
export async function sessionOf(browser, opened, username) {
  const session = await openPage(browser);
  opened.push(session);
  if (username) await logIn(session.page, username);
  return session.page;
}

/**
 * What a journey opens before its steps: the browser and one page of its own context, logged in as `username` (a
 * visitor when none). The journey's `after` closes it with `closeJourney`.
 */
export async function openJourney(username) {
  const browser = await launchBrowser();
  try {
    const { context, page } = await openPage(browser);
    if (username) await logIn(page, username);
    return { browser, context, page };
  } catch (error) {
    // the journey's variables are not set yet: its `after` could not close the browser
    await browser.close();
    throw error;
  }
}

/**
 * Closes what a journey opened, whatever step failed: the contexts `sessionOf` kept in `sessions`, the page's
 * `context`, then the browser.
 */
export async function closeJourney({ browser, context, sessions = [] }) {
  for (const session of sessions) await session.context.close();
  await context?.close();
  await browser?.close();
}

/**
 * The titles of the cards in the intranet home's region `space` (« Espace accompagnateur »…), once the greeting
 * `greeting` shows.
 */
export async function homeCards(page, space, greeting = /^Bonjour /) {
  await page.getByRole("heading", { level: 1, name: greeting }).waitFor();
  const region = page.getByRole("region", { name: space });
  await region.waitFor();
  return region.locator(".card-title").allInnerTexts();
}

/** The page as it is now has no axe violation of WCAG 2.1 A and AA. */
export async function assertAccessible(page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    [],
    `axe violations on ${page.url()}`,
  );
}

/** No uncaught script error happened on the page. */
export function assertNoPageErrors(page) {
  assert.deepEqual(page.errors, [], "the page threw script errors");
}

export async function logIn(page, username) {
  await page.goto(`${BASE_URL}/intranet`);
  await page.getByRole("link", { name: "Se connecter" }).first().click();
  await page.waitForSelector("#username");
  await page.fill("#username", username);
  await page.fill("#password", DEMO_PASSWORD);
  await page.click("#kc-login");
  await page.waitForURL(`${BASE_URL}/intranet`);
  // a page reached by a redirect is not routed to COOP_UI_URL: load it again from there
  if (UI_URL) await page.goto(`${BASE_URL}/intranet`);
}

/** Logs out with the header's button, as a user would, and checks the session is gone. */
export async function logOut(page) {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.waitForURL(`${BASE_URL}/`);
  if (UI_URL) await page.goto(`${BASE_URL}/`);
  await page.getByRole("link", { name: "Se connecter" }).first().waitFor();
  const session = await (await page.request.get(`${BASE_URL}/bff/user`)).json();
  assert.equal(session.authenticated, false, "the session ended");
}

/** An address nobody used yet, so that journeys can run again and again on the same data. */
export function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${randomUUID().slice(0, 8)}@example.org`;
}

/** A Paris wall-clock time as a datetime-local input takes it ("2027-03-02T14:30"). */
export function parisLocal(date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Paris",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The Paris day `days` days from now, at `hour`:`minute` (datetime-local form). */
export function parisDayAt(days, hour, minute = 0) {
  const day = parisLocal(new Date(Date.now() + days * 86400000)).slice(0, 10);
  return `${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** "2027-03-02T15:00" in Paris → ISO-8601 with that day's offset ("2027-03-02T15:00:00+01:00"). */
export function parisIso(local) {
  const asUtc = new Date(`${local}:00Z`);
  // what a Paris clock shows at that UTC instant, read back as UTC: the difference is the offset
  const shown = new Date(`${parisLocal(asUtc)}:00Z`);
  const minutes = Math.round((shown - asUtc) / 60000);
  const sign = minutes >= 0 ? "+" : "-";
  const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  const mm = String(Math.abs(minutes) % 60).padStart(2, "0");
  return `${local}:00${sign}${hh}:${mm}`;
}

// ---- Mail catcher -----------------------------------------------------------------------------

export async function inbox(address) {
  const response = await fetch(`${MAIL_API_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`);
  if (!response.ok) return [];
  const body = await response.json();
  return Array.isArray(body) ? body : [];
}

export async function awaitInbox(address, count, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let mails = await inbox(address);
  while (mails.length < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    mails = await inbox(address);
  }
  return mails;
}

/** The first mail to `address` whose decoded subject matches, waiting for it to arrive. */
export async function awaitMail(address, subject, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await inbox(address)).map(readMail).find((mail) => subject.test(mail.subject));
    if (found) return found;
    if (Date.now() > deadline) {
      const subjects = (await inbox(address)).map((m) => readMail(m).subject);
      assert.fail(`no mail matching ${subject} reached ${address} (received: ${JSON.stringify(subjects)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

function decodeQuotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(headers, body) {
  const encoding = (headers["content-transfer-encoding"] ?? "").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) of a header. */
function decodeHeader(value) {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset, kind, text) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

function splitEntity(raw) {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** Every leaf part of a MIME entity: its content type, file name (attachments) and decoded text. */
function leafParts(raw) {
  const { headers, body } = splitEntity(raw);
  const type = headers["content-type"] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith("multipart/") && boundary) {
    const sections = body.split(`--${boundary}`).slice(1);
    return sections.filter((s) => !s.startsWith("--")).flatMap((s) => leafParts(s.replace(/^\r?\n/, "")));
  }
  const disposition = headers["content-disposition"] ?? "";
  const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? /name="?([^";]+)"?/i.exec(type)?.[1] ?? null;
  return [
    {
      contentType: type.split(";")[0].trim().toLowerCase(),
      rawContentType: type,
      attachment: /attachment/i.test(disposition),
      filename,
      content: decodeBody(headers, body),
    },
  ];
}

/** A GreenMail REST message, decoded: subject, plain text, HTML and attachments. */
export function readMail(message) {
  const parts = leafParts(message.mimeMessage);
  const { headers } = splitEntity(message.mimeMessage);
  return {
    subject: decodeHeader(headers.subject ?? message.subject ?? ""),
    to: headers.to ?? "",
    replyTo: headers["reply-to"] ?? "",
    raw: message.mimeMessage,
    parts,
    text: parts.find((p) => p.contentType === "text/plain" && !p.attachment)?.content ?? "",
    html: parts.find((p) => p.contentType === "text/html" && !p.attachment)?.content ?? "",
    attachments: parts.filter((p) => p.attachment),
  };
}

/** The first link of the mail's text (or HTML) whose path starts with `path`, as an absolute URL. */
export function linkIn(mail, path) {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`https?://[^\\s"'<>]*${escaped}[^\\s"'<>]*`);
  const found = pattern.exec(mail.text) ?? pattern.exec(mail.html.replace(/&amp;/g, "&"));
  assert.ok(found, `the mail "${mail.subject}" has a link to ${path}`);
  return found[0];
}

// ---- Direct API calls, to prepare data only --------------------------------------------------

/**
 * Keycloak's password grant in `realm` with these form fields, always asked: `{status, body}`, the token response or,
 * when Keycloak refuses, its reason as text.
 */
export async function askPasswordGrant(realm, fields) {
  const response = await fetch(`${KEYCLOAK_URL}/realms/${realm}/protocol/openid-connect/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "password", ...fields }),
  });
  const text = await response.text();
  return { status: response.status, body: response.ok ? JSON.parse(text) : text };
}

/** Keycloak's password grant in `realm` with these form fields; answers the token response (a refusal fails). */
export async function passwordGrant(realm, fields) {
  const grant = await askPasswordGrant(realm, fields);
  assert.equal(grant.status, 200, `${fields.username} cannot get a token in the realm ${realm}: ${grant.body}`);
  return grant.body;
}

/** A token of Keycloak's administrator (master realm), for its admin API. */
export async function adminToken() {
  const body = await passwordGrant("master", {
    client_id: "admin-cli",
    username: process.env.KEYCLOAK_ADMIN_USERNAME ?? "admin",
    password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? "dev-only-admin",
  });
  return body.access_token;
}

/** The last token granted to each user, until shortly before it expires. */
const tokens = new Map();

/**
 * The password grant of the test-only client `coop-tests` for a user of the realm coop, always asked (whether the
 * account works is what a journey may check): `{status, token, refusal}`. The token it grants is kept for `tokenOf`;
 * a refusal forgets the one kept (the account stopped).
 */
export async function grantOf(username, password = DEMO_PASSWORD) {
  const grant = await askPasswordGrant("coop", { client_id: "coop-tests", client_secret: TESTS_CLIENT_SECRET, username, password });
  if (grant.status !== 200) {
    tokens.delete(username);
    return { status: grant.status, token: null, refusal: grant.body };
  }
  tokens.set(username, { token: grant.body.access_token, until: Date.now() + (grant.body.expires_in - 30) * 1000 });
  return { status: grant.status, token: grant.body.access_token, refusal: null };
}

/**
 * A real access token of a user (a demo user's password by default), for preparing data through the services: the
 * one last granted while it lives, as a client keeps its token. Asking a new one for every call would also meet
 * Keycloak's brute-force protection, which refuses a login that comes while the same user's previous one is still
 * being recorded.
 */
export async function tokenOf(username, password = DEMO_PASSWORD) {
  const kept = tokens.get(username);
  if (kept && kept.until > Date.now()) return kept.token;
  const grant = await grantOf(username, password);
  assert.equal(grant.status, 200, `${username} gets a token (${grant.refusal})`);
  return grant.token;
}

/** Calls events-service as `username`; answers `{status, body}`. */
export async function eventsApi(username, method, path, body) {
  return serviceApi(EVENTS_URL, username, method, path, body);
}

/** Calls members-service as `username`; answers `{status, body}`. */
export async function membersApi(username, method, path, body) {
  return serviceApi(MEMBERS_URL, username, method, path, body);
}

/** Calls resources-service as `username` (null: as a visitor); answers `{status, body}`. */
export async function resourcesApi(username, method, path, body) {
  return serviceApi(RESOURCES_URL, username, method, path, body);
}

/**
 * Calls a service as `username` (null: as a visitor) with a body sent as JSON, or as it is (a string, bytes) with its
 * `contentType`; answers `{status, body}`.
 */
export async function serviceApi(baseUrl, username, method, path, body, contentType = "application/json") {
  const headers = { Accept: "application/json" };
  if (username) headers.Authorization = `Bearer ${await tokenOf(username)}`;
  if (body !== undefined) headers["Content-Type"] = contentType;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined || typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed };
}

const STAFF = "camille.staff";

/**
 * An event staff create for a journey: by default a public information meeting at Seynod's « Salle des fêtes », two
 * hours from `start` (a Date), for 10 people; `more` adds or replaces fields of the request. Answers its id; the
 * journey cancels it in its `after` with `cancelEvent`.
 */
export async function createEvent({ title, start, kind = "INFO_MEETING", audience = "PUBLIC", ...more }) {
  const created = await eventsApi(STAFF, "POST", "/api/events/staff/events", {
    kind,
    audience,
    title,
    summary: "Découvrir la coopérative",
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    place: { kind: "ADDRESS", label: "Salle des fêtes", street: "1 place de la Mairie", postalCode: "74600", town: "Seynod" },
    antenna: "seynod",
    capacity: 10,
    ...more,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body[0].id;
}

/** Staff cancel an event a journey created, with the reason its registered people read. */
export async function cancelEvent(id, reason) {
  await eventsApi(STAFF, "POST", `/api/events/staff/events/${id}/cancel`, { reason });
}

/** A visitor registers to a public event from Annecy, consenting; `more` adds fields (a phone). */
export async function registerVisitor(eventId, { firstName, lastName, email, ...more }) {
  const registered = await eventsApi(null, "POST", `/api/events/public/events/${eventId}/registrations`, {
    firstName,
    lastName,
    email,
    ...more,
    town: "Annecy",
    consent: true,
    honeypot: "",
  });
  assert.equal(registered.status, 201, JSON.stringify(registered.body));
  return registered.body;
}

/** What a public list of the gateway answers (no login). */
export async function publicJson(path) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { Accept: "application/json" } });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

/** The entries of a zip archive (an export's archive in GridFS) as text; none when it is not one. */
export function zipEntries(buffer) {
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) return {};
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return {};
  const entries = {};
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < buffer.readUInt16LE(end + 10); i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    entries[name] = (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    at += 46 + nameLength + skip;
  }
  return entries;
}
