// Erasure across every store (issue 15, item 2 and its cross-service check): a new person, with a name and an address
// never used before, registers for an information meeting, is referred to another one by sophie.prescriber, writes to
// the team through the contact form, is invited as an entrepreneur (their coach lucas.coach), books a workshop and an
// appointment, publishes a showcase with a photo (a visitor writes to them through it), gets a document from Lucas in
// their personal file, asks a question that Lucas answers by their name, contributes two resources with files (one
// validated, so the search index holds it, one waiting), and staff export their data (a zip archive in GridFS). Every
// store then holds them (the search below finds them: it would find a leftover). Staff ask the erasure: the account stops at once; within the grace period staff undo it
// and the person signs in again and finds their data. Asked again, it runs when the grace period ends and every
// service answers; then no PostgreSQL database, MongoDB database (GridFS files' metadata and content included), Solr
// core or Keycloak user or event holds the person's address or name (stores.js searches them directly, knowing no
// table, collection or field). The sent-mail log is notification-service's database. The mail catcher is not ours.
//
// The platform must run with a short grace period and frequent job turns: ./coop test starts it with
// COOP_PRIVACY_ERASURE_GRACE=30s and COOP_PRIVACY_CHECK_INTERVAL=5s (by hand: the same two before ./coop up).

import assert from "node:assert/strict";
import { randomInt } from "node:crypto";
import { after, before, test } from "node:test";
import { crc32, deflateSync } from "node:zlib";
import { platformStores, searchEveryStore } from "./stores.js";
import {
  adminToken,
  assertNoPageErrors,
  awaitMail,
  cancelEvent,
  createEvent,
  DEMO_PASSWORD,
  EVENTS_URL,
  eventsApi,
  grantOf,
  KEYCLOAK_URL,
  launchBrowser,
  logIn,
  logOut,
  MEMBERS_URL,
  membersApi,
  openPage,
  parisDayAt,
  parisIso,
  registerVisitor,
  RESOURCES_URL,
  resourcesApi,
  serviceApi,
  tokenOf,
  uniqueEmail,
} from "./support.js";

const NOTIFICATION_URL =
  process.env.COOP_NOTIFICATION_URL ?? `http://localhost:${process.env.NOTIFICATION_PORT ?? 8085}`;

/** Lower-case letters only, so that the name is a word of its own for every analyzer and never seen before. */
function letters(count) {
  return Array.from({ length: count }, () => String.fromCharCode(97 + randomInt(26))).join("");
}

const WORD = `effac${letters(8)}`;
const person = {
  firstName: "Ysaline",
  lastName: `Oubli${letters(8)}`,
  email: uniqueEmail("effacement"),
};
const fullName = `${person.firstName} ${person.lastName}`;
// what must be found nowhere once erased: the address, the name (its rare part alone, and in full)
const NEEDLES = [person.email, person.lastName, fullName];

let browser;
const events = [];
let slot;
const resources = [];
let question;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  for (const id of events) await cancelEvent(id, "Réunion de test de l'effacement");
  if (slot) await eventsApi("lucas.coach", "DELETE", `/api/events/coach/slots/${slot}`);
  for (const id of resources) await resourcesApi("camille.staff", "DELETE", `/api/resources/${id}`);
  if (question) {
    await resourcesApi("camille.staff", "POST", `/api/resources/questions/${question}/moderation/${question}`, {
      hidden: true,
      reason: "Question de test de l'effacement",
    });
  }
  await browser?.close();
});

/** Calls a service as the person (the demo password, set below); a body as `serviceApi` takes it. */
async function asPerson(method, baseUrl, path, body, contentType) {
  return serviceApi(baseUrl, person.email, method, path, body, contentType);
}

/** A small PNG picture (a plain colour), as a phone would send one. */
function png(width, height) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // 8 bits per sample
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([200, 120, 40]))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function subjectOf(token) {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8")).sub;
}

async function until(what, check, timeoutMs, everyMs = 1000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** An event of this journey, `days` ahead at 8:00 UTC, cancelled at the end. */
async function journeyEvent(kind, audience, title, days) {
  const start = new Date(Date.now() + days * 24 * 3600_000);
  start.setUTCHours(8, 0, 0, 0);
  const id = await createEvent({
    kind,
    audience,
    title,
    start,
    summary: "Séance de test de l'effacement des données",
    theme: kind === "WORKSHOP" ? "Gestion" : undefined,
  });
  events.push(id);
  return id;
}

async function privacyRequest(id) {
  const list = await membersApi("camille.staff", "GET", "/api/members/staff/privacy-requests");
  assert.equal(list.status, 200, JSON.stringify(list.body));
  return list.body.find((r) => r.id === id);
}

test("every store is searched: the services' databases of infra/parts, the search index and Keycloak", async () => {
  const { found, searched } = await searchEveryStore(NEEDLES);
  assert.deepEqual(found, [], "a name and an address never used before are nowhere");
  for (const { kind, database } of platformStores()) {
    assert.ok(searched.includes(`${kind} ${database}`), `${kind} ${database} searched (${searched.join(", ")})`);
  }
  assert.ok(
    searched.some((s) => s.startsWith("solr ")),
    `a Solr core searched (${searched.join(", ")})`,
  );
});

test("the person registers for an information meeting and is referred to another one by a prescriber", async () => {
  const own = await journeyEvent("INFO_MEETING", "PUBLIC", `Réunion d'information (effacement ${WORD})`, 11);
  const referred = await journeyEvent("INFO_MEETING", "PUBLIC", `Réunion d'information (orientation ${WORD})`, 12);
  await registerVisitor(own, { ...person, phone: "06 12 34 56 78" });
  const prescribed = await eventsApi(
    "sophie.prescriber",
    "POST",
    `/api/events/prescriber/events/${referred}/registrations`,
    {
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      town: "Annecy",
      consent: true,
    },
  );
  assert.equal(prescribed.status, 201, JSON.stringify(prescribed.body));
  const mine = (await eventsApi("sophie.prescriber", "GET", "/api/events/prescriber/registrations")).body;
  assert.ok(JSON.stringify(mine).includes(person.email), "the prescriber follows the person");
  await awaitMail(person.email, /^Inscription confirmée/);
});

/** The version of a consent text in force, which the contact form and a showcase's message must name. */
async function consentVersion(purpose) {
  const texts = await eventsApi(null, "GET", "/api/events/public/consents");
  return texts.body.current.find((text) => text.purpose === purpose).version;
}

test("the person writes to the team through the contact form", async () => {
  const response = await fetch(`${NOTIFICATION_URL}/api/notifications/public/contact`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({
      name: fullName,
      email: person.email,
      topic: "PROJECT",
      message: `Bonjour, je suis ${fullName} et je voudrais présenter mon projet de traiteur (${WORD}).`,
      consent: true,
      consentVersion: await consentVersion("CONTACT_MESSAGE"),
      honeypot: "",
    }),
  });
  assert.equal(response.status, 202, await response.text());
  await awaitMail(person.email, /est bien reçu/);
});

test("staff invite the person as an entrepreneur of Lucas; they book a workshop and an appointment", async () => {
  const lucas = subjectOf(await tokenOf("lucas.coach"));
  const invited = await membersApi("camille.staff", "POST", "/api/members/staff/people", {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    role: "entrepreneur",
    antenna: "seynod",
    coach: lucas,
  });
  assert.equal(invited.status, 201, JSON.stringify(invited.body));
  // the password they would choose from Keycloak's e-mail, set through Keycloak's admin API
  const admin = { Authorization: `Bearer ${await adminToken()}`, "Content-Type": "application/json" };
  const realm = `${KEYCLOAK_URL}/admin/realms/coop`;
  const [user] = await (
    await fetch(`${realm}/users?email=${encodeURIComponent(person.email)}&exact=true`, { headers: admin })
  ).json();
  assert.ok(user, "the Keycloak account exists");
  const reset = await fetch(`${realm}/users/${user.id}/reset-password`, {
    method: "PUT",
    headers: admin,
    body: JSON.stringify({ type: "password", value: DEMO_PASSWORD, temporary: false }),
  });
  assert.equal(reset.status, 204);
  const cleared = await fetch(`${realm}/users/${user.id}`, {
    method: "PUT",
    headers: admin,
    body: JSON.stringify({ requiredActions: [], emailVerified: true }),
  });
  assert.equal(cleared.status, 204);

  const workshop = await journeyEvent("WORKSHOP", "MEMBERS", `Atelier trésorerie (${WORD})`, 13);
  const booked = await asPerson("POST", EVENTS_URL, "/api/events/me/registrations", { eventId: workshop });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));

  const published = await eventsApi("lucas.coach", "POST", "/api/events/coach/slots", {
    startsAt: parisIso(parisDayAt(14, 10)),
    endsAt: parisIso(parisDayAt(14, 11)),
    place: { kind: "ONLINE", label: "En ligne", url: "https://visio.example.org/rendez-vous" },
  });
  assert.equal(published.status, 201, JSON.stringify(published.body));
  slot = published.body.id;
  const appointment = await asPerson("POST", EVENTS_URL, `/api/events/slots/${slot}/booking`, {
    topic: `Prévisionnel de ${fullName}`,
  });
  assert.equal(appointment.status, 201, JSON.stringify(appointment.body));
});

test("the person publishes a showcase with a photo, a visitor writes to them, Lucas shares a document in their file", async () => {
  const saved = await asPerson("PUT", MEMBERS_URL, "/api/members/me/showcase", {
    // a business name with the person's surname: notification-service's log keeps the coach's « Vitrine à valider :
    // {business name} », where the erasure replaces the surname too
    businessName: `Les buffets ${person.lastName} ${WORD}`,
    tagline: `Les buffets de ${fullName}`,
    sector: "FOOD",
    town: "Annecy",
    contactEmail: person.email,
    phone: "06 12 34 56 78",
    contactForm: true,
    pages: [{ title: "Accueil", body: `${fullName} prépare des buffets pour vos fêtes et vos séminaires.` }],
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const name = encodeURIComponent(`buffet-${person.lastName}.png`);
  const alt = encodeURIComponent(`Un buffet de ${fullName}`);
  const photo = await asPerson(
    "POST",
    MEMBERS_URL,
    `/api/members/me/showcase/pages/0/images?name=${name}&alt=${alt}`,
    png(64, 48),
    "image/png",
  );
  assert.equal(photo.status, 200, JSON.stringify(photo.body));
  const submitted = await asPerson("POST", MEMBERS_URL, "/api/members/me/showcase/submit");
  assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
  const validated = await membersApi("lucas.coach", "POST", `/api/members/showcases/${saved.body.id}/validate`);
  assert.equal(validated.status, 200, JSON.stringify(validated.body));
  const { slug } = (await asPerson("GET", MEMBERS_URL, "/api/members/me/showcase")).body;
  await until(
    "the showcase is found by search",
    async () => {
      const found = await resourcesApi(null, "GET", `/api/resources/public/search?q=${WORD}`);
      return found.status === 200 && JSON.stringify(found.body).includes(slug);
    },
    30_000,
  );
  const message = await fetch(`${MEMBERS_URL}/api/members/public/showcases/${slug}/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({
      name: "Bruno Client",
      email: uniqueEmail("client-vitrine"),
      message: `Bonjour ${fullName}, pourriez-vous préparer un buffet pour quarante personnes ?`,
      consent: true,
      consentVersion: await consentVersion("SHOWCASE_MESSAGE"),
      honeypot: "",
    }),
  });
  assert.equal(message.status, 202, await message.text());

  const subject = subjectOf(await tokenOf(person.email));
  const shared = await serviceApi(
    MEMBERS_URL,
    "lucas.coach",
    "POST",
    `/api/members/files/${subject}/documents?name=${encodeURIComponent(`compte-rendu-${person.lastName}.txt`)}`,
    `Compte rendu du rendez-vous avec ${fullName} (${person.email}) : prévisionnel à reprendre.\n`,
    "text/plain; charset=utf-8",
  );
  assert.ok(
    [200, 201].includes(shared.status),
    `the document is shared: ${shared.status} ${JSON.stringify(shared.body)}`,
  );
});

test("the person asks a question that Lucas answers by their name", async () => {
  const asked = await asPerson("POST", RESOURCES_URL, "/api/resources/questions", {
    title: `Comment fixer le prix d'un buffet (${WORD}) ?`,
    body: `Je suis ${fullName}, traiteur à Annecy : comment fixer mes prix ?`,
    themes: ["MANAGEMENT"],
  });
  assert.equal(asked.status, 201, JSON.stringify(asked.body));
  question = asked.body.id;
  const answered = await resourcesApi("lucas.coach", "POST", `/api/resources/questions/${question}/answers`, {
    body: `Bonjour ${fullName}, partez de vos coûts (${person.email} reçoit le modèle).`,
  });
  assert.equal(answered.status, 201, JSON.stringify(answered.body));
});

/** A resource of the person with a text file, proposed for review. */
async function contribute(title, body, fileName, fileText) {
  const created = await asPerson("POST", RESOURCES_URL, "/api/resources", {
    kind: "DOCUMENT",
    title,
    summary: "Un modèle de plan de trésorerie sur douze mois.",
    body,
    themes: ["MANAGEMENT"],
    audience: "MEMBERS",
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  resources.push(created.body.id);
  const file = await asPerson(
    "POST",
    RESOURCES_URL,
    `/api/resources/${created.body.id}/files?name=${encodeURIComponent(fileName)}`,
    fileText,
    "text/plain; charset=utf-8",
  );
  assert.ok([200, 201].includes(file.status), `the file is added: ${file.status} ${JSON.stringify(file.body)}`);
  const submitted = await asPerson("POST", RESOURCES_URL, `/api/resources/${created.body.id}/submit`);
  assert.ok([200, 202].includes(submitted.status), `proposed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  return created.body.id;
}

test("the person contributes two resources with files: one validated and found by search, one waiting", async () => {
  const published = await contribute(
    `Plan de trésorerie d'un traiteur (${WORD})`,
    `Rédigé par ${fullName} (${person.email}) pour les entrepreneurs de la coopérative.`,
    `tresorerie-${WORD}.txt`,
    `Plan de trésorerie ${WORD} : encaissements, décaissements, solde de chaque mois.\n`,
  );
  const validated = await resourcesApi("lucas.coach", "POST", `/api/resources/${published}/validate`);
  assert.equal(validated.status, 200, JSON.stringify(validated.body));
  await until(
    "the validated resource is found by its word",
    async () => {
      const found = await resourcesApi("theo.entrepreneur", "GET", `/api/resources/public/search?q=${WORD}`);
      return found.status === 200 && JSON.stringify(found.body).includes(published);
    },
    30_000,
  );
  await contribute(
    `Mon prévisionnel (${WORD})`,
    "Mon prévisionnel, à relire avec mon accompagnateur.",
    `previsionnel-${person.lastName}.txt`,
    `Prévisionnel de ${fullName} <${person.email}> : chiffre d'affaires attendu la première année.\n`,
  );
});

test("staff ask for the person's data first: every service answers and the archive is built", async () => {
  const asked = await membersApi("camille.staff", "POST", "/api/members/staff/privacy-requests", {
    kind: "EXPORT",
    email: person.email,
  });
  assert.equal(asked.status, 202, JSON.stringify(asked.body));
  await until(
    "the export is done",
    async () => (await privacyRequest(asked.body.id))?.status === "DONE",
    120_000,
    2000,
  );
  await awaitMail(person.email, /^Vos données personnelles sont prêtes$/, 30_000);
});

test("before the erasure, the stores hold the person (the search finds what it must)", async () => {
  const { found } = await searchEveryStore(NEEDLES);
  for (const store of [
    "postgres coop_events",
    "postgres coop_notification",
    "mongo coop_members",
    "mongo coop_resources",
    "solr coop",
    "keycloak coop",
  ]) {
    assert.ok(
      found.some((f) => f.startsWith(store)),
      `${store} holds the person:\n${found.join("\n")}`,
    );
  }
  assert.ok(
    found.some((f) => /^mongo coop_resources\.\S*chunks file /.test(f)),
    `GridFS holds the waiting resource's file:\n${found.join("\n")}`,
  );
  assert.ok(
    found.some((f) => /^mongo coop_members\.\S*chunks file .*: content/.test(f)),
    `GridFS holds the document of the file:\n${found.join("\n")}`,
  );
  assert.ok(
    found.some((f) => / zip entry /.test(f)),
    `GridFS holds the export's archive:\n${found.join("\n")}`,
  );
});

let first;

test("staff ask the erasure: the account stops at once", async () => {
  const asked = await membersApi("camille.staff", "POST", "/api/members/staff/privacy-requests", {
    kind: "ERASURE",
    email: person.email,
  });
  assert.equal(asked.status, 202, JSON.stringify(asked.body));
  first = asked.body;
  assert.equal(first.status, "SCHEDULED");
  assert.equal(first.undoable, true);
  const grace = new Date(first.dueAt) - new Date(first.requestedAt);
  assert.ok(
    grace <= 5 * 60_000,
    `the platform runs with a grace period of ${Math.round(grace / 60_000)} min: start it with COOP_PRIVACY_ERASURE_GRACE=30s COOP_PRIVACY_CHECK_INTERVAL=5s (./coop test does)`,
  );
  await until("the person can no longer get a token", async () => (await grantOf(person.email)).status !== 200, 15_000);
});

test("within the grace period staff undo it: the person signs in again and finds their data", async () => {
  const undone = await membersApi("camille.staff", "POST", `/api/members/staff/privacy-requests/${first.id}/undo`);
  assert.equal(undone.status, 200, JSON.stringify(undone.body));
  assert.equal(undone.body.status, "CANCELLED");
  assert.ok(new Date() < new Date(first.dueAt), "undone before its date");

  await until("the person gets a token again", async () => (await grantOf(person.email)).status === 200, 15_000);
  const session = await openPage(browser);
  try {
    await logIn(session.page, person.email);
    await session.page.getByRole("heading", { level: 1, name: new RegExp(`^Bonjour ${person.firstName}`) }).waitFor();
    assertNoPageErrors(session.page);
    await logOut(session.page);
  } finally {
    await session.context.close();
  }
  const me = await asPerson("GET", MEMBERS_URL, "/api/members/me");
  assert.equal(me.status, 200, JSON.stringify(me.body));
  assert.equal(me.body.lastName, person.lastName);
  const workshops = await asPerson("GET", EVENTS_URL, "/api/events/me/workshops");
  assert.ok(
    JSON.stringify(workshops.body).includes(WORD),
    `the workshop is still booked: ${JSON.stringify(workshops.body)}`,
  );
  const appointments = await asPerson("GET", EVENTS_URL, "/api/events/me/appointments");
  assert.ok(
    JSON.stringify(appointments.body).includes(slot),
    `the appointment is still booked: ${JSON.stringify(appointments.body)}`,
  );
  const mine = await asPerson("GET", RESOURCES_URL, "/api/resources/mine");
  for (const id of resources) assert.ok(JSON.stringify(mine.body).includes(id), `resource ${id} is still theirs`);
});

test("the undone erasure never runs: past its date and the job's next turn, the person is still there", async () => {
  // coop.privacy.check-interval is 5 s under ./coop test: two of the job's turns past the date, and a margin
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, new Date(first.dueAt) - Date.now()) + 15_000));
  assert.equal((await privacyRequest(first.id)).status, "CANCELLED");
  const grant = await grantOf(person.email);
  assert.equal(grant.status, 200, `the account still works (${grant.refusal})`);
  const me = await asPerson("GET", MEMBERS_URL, "/api/members/me");
  assert.equal(me.status, 200, JSON.stringify(me.body));
  const mine = await asPerson("GET", RESOURCES_URL, "/api/resources/mine");
  for (const id of resources) assert.ok(JSON.stringify(mine.body).includes(id), `resource ${id} is still theirs`);
});

let second;

test("asked again, the erasure runs when its grace period ends and every service answers", async () => {
  const asked = await membersApi("camille.staff", "POST", "/api/members/staff/privacy-requests", {
    kind: "ERASURE",
    email: person.email,
  });
  assert.equal(asked.status, 202, JSON.stringify(asked.body));
  assert.notEqual(asked.body.id, first.id, "a new request");
  const grace = new Date(asked.body.dueAt) - new Date(asked.body.requestedAt);
  second = await until(
    "every service answered the erasure",
    async () => {
      const request = await privacyRequest(asked.body.id);
      return request?.status === "DONE" ? request : null;
    },
    grace + 5 * 60_000,
    3000,
  );
  assert.ok(
    second.services.every((s) => s.answered),
    JSON.stringify(second.services),
  );
  assert.equal(second.email, null, "the request keeps no address");
  assert.equal(second.name, null, "the request keeps no name");
  assert.notEqual((await grantOf(person.email)).status, 200, "the account is gone");
});

test("no store holds the person's address or name any more", async () => {
  const { found, searched } = await searchEveryStore(NEEDLES);
  assert.deepEqual(found, [], `left in the stores (${searched.join(", ")})`);
});

test("what others kept is still there, without the person", async () => {
  const published = resources[0];
  const view = await resourcesApi("theo.entrepreneur", "GET", `/api/resources/public/search?q=${WORD}`);
  assert.ok(JSON.stringify(view.body).includes(published), "the validated resource is still found");
  const waiting = await resourcesApi("camille.staff", "DELETE", `/api/resources/${resources[1]}`);
  assert.equal(waiting.status, 404, "the waiting contribution went with its file");
  const thread = await resourcesApi("lucas.coach", "GET", `/api/resources/questions/${question}`);
  assert.equal(thread.status, 200, "the question stays for the others");
});
