// The gateway's page cache on the running platform: a public page is answered from memory, and what staff or a
// visitor change reaches the cached agenda and event page within seconds (the platform's messages purge it: pages
// otherwise live 30 s); a coach withdrawing their consent leaves the cached « Qui sont les accompagnateurs » as fast;
// a logged-in visit is never answered from the cache, and nobody's cookie makes the page someone else gets.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  BASE_URL,
  EVENTS_URL,
  eventsApi,
  launchBrowser,
  logIn,
  logOut,
  membersApi,
  openPage,
  parisDayAt,
  parisIso,
  uniqueEmail,
} from "./support.js";

const STAFF = "camille.staff";
// well under the pages' own life (30 s): a change seen sooner was the messages' doing
const WITHIN_MS = 10_000;

let meeting;
let body;
const day = parisDayAt(45, 9, 30).slice(0, 10);

function meetingAt(startHour, endHour, title) {
  return {
    kind: "INFO_MEETING",
    audience: "PUBLIC",
    title,
    summary: "Réunion créée par le test du cache des pages publiques",
    description: "",
    startsAt: parisIso(`${day}T${startHour}`),
    endsAt: parisIso(`${day}T${endHour}`),
    capacity: 1,
    place: { kind: "ONLINE", label: "En ligne", url: "https://visio.example.org/cache" },
  };
}

/** An anonymous GET through the gateway, as a visitor with no cookie. */
async function visit(path, headers = {}) {
  const response = await fetch(`${BASE_URL}${path}`, { headers, signal: AbortSignal.timeout(10_000) });
  return { response, text: await response.text() };
}

/** How long until the page no longer shows the text (fails after WITHIN_MS). */
async function untilGone(path, text) {
  const start = Date.now();
  while (Date.now() - start < WITHIN_MS) {
    if (!(await visit(path)).text.includes(text)) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`${path} still showed « ${text} » after ${WITHIN_MS} ms`);
}

/** How long until the page shows the text (fails after WITHIN_MS). */
async function untilShown(path, text) {
  const start = Date.now();
  while (Date.now() - start < WITHIN_MS) {
    if ((await visit(path)).text.includes(text)) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`${path} did not show « ${text} » within ${WITHIN_MS} ms`);
}

before(async () => {
  const title = `Réunion cache ${Date.now()}`;
  body = meetingAt("09:30", "11:30", title);
  const created = await eventsApi(STAFF, "POST", "/api/events/staff/events", body);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  meeting = created.body[0];
});

after(async () => {
  if (meeting) {
    await eventsApi(STAFF, "POST", `/api/events/staff/events/${meeting.id}/cancel`, {
      reason: "Réunion de test du cache.",
    });
  }
});

test("a public page is answered from the cache, with validators, and a new event reaches the agenda", async () => {
  const month = day.slice(0, 7);
  // the new event (events.event.published) is in the agenda of its month within seconds
  await untilShown(`/agenda?month=${month}&kind=INFO_MEETING`, meeting.title);

  const path = `/agenda/${meeting.id}`;
  await visit(path);
  const { response, text } = await visit(path);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("server-timing") ?? "", /cache;desc="(hit|stale)"/);
  assert.match(response.headers.get("cache-control") ?? "", /public/);
  assert.equal(response.headers.get("set-cookie"), null, "a shared page sets no cookie");
  assert.ok(text.includes(meeting.title));
  assert.ok(text.includes("1 place restante"));
  const etag = response.headers.get("etag");
  assert.ok(etag);
  const again = await visit(path, { "If-None-Match": etag });
  assert.equal(again.response.status, 304);
  // the page's policy lists its inline scripts' hashes: no nonce shared by every visitor
  const policy = response.headers.get("content-security-policy") ?? "";
  assert.match(policy, /script-src 'self' 'sha256-/);
  assert.doesNotMatch(policy, /nonce/);
});

test("staff move the meeting: its cached page and the agenda show the new time within seconds", async () => {
  const path = `/agenda/${meeting.id}`;
  const agenda = `/agenda?month=${day.slice(0, 7)}&kind=INFO_MEETING`;
  assert.ok((await visit(path)).text.includes("de 9\u00a0h\u00a030 à 11\u00a0h\u00a030"));
  const moved = await eventsApi(STAFF, "PUT", `/api/events/staff/events/${meeting.id}`, {
    ...meetingAt("14:00", "16:00", meeting.title),
  });
  assert.equal(moved.status, 200, JSON.stringify(moved.body));

  const took = await untilShown(path, "de 14\u00a0h à 16\u00a0h");
  await untilShown(agenda, "de 14\u00a0h à 16\u00a0h");
  assert.ok(took < WITHIN_MS, `${took} ms`);
});

test("a visitor takes the last seat: the cached event page says it is full within seconds", async () => {
  const path = `/agenda/${meeting.id}`;
  assert.ok((await visit(path)).text.includes("1 place restante"));
  const response = await fetch(`${EVENTS_URL}/api/events/public/events/${meeting.id}/registrations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({
      firstName: "Léa",
      lastName: "Cache",
      email: uniqueEmail("derniere-place"),
      town: "Annecy",
      consent: true,
      honeypot: "",
    }),
  });
  assert.equal(response.status, 201, await response.text());

  await untilShown(path, "<dd>Complet : inscription sur liste");
});

test("a coach withdraws their consent: the cached « Qui sont les accompagnateurs » drops their card within seconds", async () => {
  const COACHES = "/cooperative/accompagnateurs";
  const mine = await membersApi("lucas.coach", "GET", "/api/members/me/coach-profile");
  assert.equal(mine.status, 200, JSON.stringify(mine.body));
  const before = {
    speciality: mine.body.speciality || "Création d'entreprise artisanale",
    presentation: mine.body.presentation ?? "",
    consent: true,
  };
  try {
    if (!mine.body.consent || !mine.body.speciality) {
      const given = await membersApi("lucas.coach", "PUT", "/api/members/me/coach-profile", before);
      assert.equal(given.status, 200, JSON.stringify(given.body));
    }
    await untilShown(COACHES, "Lucas Favre");
    await visit(COACHES);
    const kept = await visit(COACHES);
    assert.match(kept.response.headers.get("cache-control") ?? "", /public/);
    assert.match(kept.response.headers.get("server-timing") ?? "", /cache;desc="(hit|stale)"/);

    const withdrawn = await membersApi("lucas.coach", "PUT", "/api/members/me/coach-profile", {
      ...before,
      consent: false,
    });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    const took = await untilGone(COACHES, "Lucas Favre");
    assert.ok(took < WITHIN_MS, `${took} ms`);
  } finally {
    // as it was: the demo shows Lucas's card
    await membersApi("lucas.coach", "PUT", "/api/members/me/coach-profile", {
      ...before,
      consent: mine.body.consent ?? false,
    });
  }
  if (mine.body.consent) await untilShown(COACHES, "Lucas Favre");
});

test("a logged-in visit is never answered from the cache, and nobody's cookie makes another visitor's page", async () => {
  const path = `/agenda/${meeting.id}`;
  const anonymous = await visit(path);
  const browser = await launchBrowser();
  try {
    const { context, page } = await openPage(browser);
    await logIn(page, "marie.entrepreneur");
    const answer = await page.request.get(`${BASE_URL}${path}`);
    assert.equal(answer.status(), 200);
    assert.equal(answer.headers()["cache-control"], "private, no-store");
    assert.match(answer.headers()["server-timing"] ?? "", /cache;desc="bypass"/);
    await logOut(page);
    await context.close();
  } finally {
    await browser.close();
  }
  // a visitor with other cookies of their own gets the one shared page from the cache (the same as a visitor without
  // any cookie at that moment: the page may have been refreshed since, or dropped by a purge that a journey of the
  // second lane caused, then fetched again: the next visit has it), which holds nothing of Marie's nor of their cookies
  const FROM_CACHE = /cache;desc="(hit|stale)"/;
  let other;
  let plain;
  for (let attempt = 0; attempt < 5; attempt++) {
    other = await visit(path, { Cookie: "XSRF-TOKEN=someone-elses-token; theme=dark" });
    plain = await visit(path);
    if (FROM_CACHE.test(other.response.headers.get("server-timing") ?? "")
      && other.response.headers.get("etag") === plain.response.headers.get("etag")) break;
  }
  assert.match(other.response.headers.get("server-timing") ?? "", FROM_CACHE);
  assert.equal(other.text, plain.text);
  assert.equal(other.response.headers.get("set-cookie"), null);
  for (const text of [anonymous.text, other.text]) {
    assert.ok(!text.includes("Marie"));
    assert.ok(!text.includes("someone-elses-token"));
  }
});
