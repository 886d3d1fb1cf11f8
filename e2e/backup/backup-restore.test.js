// Backup and restore of the whole platform: data created through the APIs survives `./coop backup`, a wipe of every
// store and `./coop restore`, and the archive taken after the restore holds the same data as the one taken before.
//
// It stops, wipes and restarts the platform of this checkout: `./coop test` runs it as its own step, after the
// journeys, never `npm test` (tests/ only). Run it by hand only on a platform you may wipe:
//   ./coop up && (cd e2e && node --test backup/)
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { KEYCLOAK_URL, adminToken, eventsApi, grantOf, membersApi, publicJson, uniqueEmail } from "../tests/support.js";
import {
  MONGO_DATABASES,
  MONGO_URL,
  PG_DATABASES,
  coop,
  mongoTool,
  psql,
  retryClosedConnections,
  wipePlatform,
} from "../tests/platform.js";

retryClosedConnections();
const work = mkdtempSync(join(tmpdir(), "coop-backup-test-"));
const ME = "camille.staff";
const suffix = randomBytes(4).toString("hex");

/** The data rows of a dump, table by table, as pg_restore writes them (no server needed): one run per dump. */
function tablesOf(dump) {
  const tables = {};
  let rows = null;
  const text = execFileSync("pg_restore", ["--data-only", "-f", "-", dump], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  // each table's rows sit between its COPY line and \. (outside them: comments, settings, pg_dump's random \restrict key)
  for (const line of text.split("\n")) {
    const copy = line.match(/^COPY public\.(\S+) /);
    if (copy) tables[copy[1]] = rows = [];
    else if (line === "\\.") rows = null;
    else if (rows) rows.push(line);
  }
  return Object.fromEntries(Object.entries(tables).map(([table, lines]) => [table, lines.join("\n")]));
}

// Keycloak's tables that change by themselves while it runs (sessions and their expiry, failed logins, events):
// not data a restore must give back identical
const KEYCLOAK_VOLATILE = /^(offline_user_session|offline_client_session|user_session|user_session_note|client_session.*|login_failure|event_entity|admin_event_entity|revoked_token)$/;

/** What an archive holds, in a form two archives can be compared with: the rows, documents and accounts. */
function contentsOf(archive) {
  const dir = join(work, `open-${archive.split("/").pop()}`);
  mkdirSync(dir, { recursive: true });
  execFileSync("tar", ["-xzf", archive, "-C", dir]);
  const contents = {};
  for (const database of PG_DATABASES) {
    // Keycloak's database holds the realm, its clients, the accounts and their password hashes
    for (const [table, rows] of Object.entries(tablesOf(join(dir, "postgres", `${database}.dump`)))) {
      if (database !== "keycloak" || !KEYCLOAK_VOLATILE.test(table)) contents[`${database} ${table}`] = rows;
    }
  }
  for (const database of MONGO_DATABASES) {
    for (const file of readdirSync(join(dir, "mongo", database)).sort()) {
      const text = readFileSync(join(dir, "mongo", database, file), "utf8");
      // a collection's indexes are a set: the order they were created in (by a service at start, or by the
      // restore) says nothing
      contents[`mongo ${database}/${file}`] = file.endsWith(".indexes.json")
        ? text.split("\n").filter(Boolean).sort().join("\n")
        : text;
    }
  }
  return contents;
}

/** The account's row in Keycloak's database and its password credential's, from the COPY lines of the dump. */
function accountIn(contents, username) {
  const user = contents["keycloak user_entity"].split("\n").find((line) => line.split("\t").includes(username));
  const id = user?.split("\t")[0];
  const password = contents["keycloak credential"].split("\n")
    .find((line) => id && line.split("\t").includes(id) && line.includes("password") && line.includes('"value":'));
  return { user, password };
}

const created = {};

test("data created through the APIs: an event, a registration, an organisation, a file, an account", async () => {
  const start = new Date(Date.now() + 40 * 24 * 3600 * 1000);
  start.setUTCHours(8, 0, 0, 0);
  const event = await eventsApi(ME, "POST", "/api/events/staff/events", {
    kind: "INFO_MEETING",
    audience: "PUBLIC",
    title: `Réunion d'information sauvegardée ${suffix}`,
    summary: "Créée avant la sauvegarde, retrouvée après la restauration.",
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3600 * 1000).toISOString(),
    place: { kind: "ADDRESS", label: "Maison de la coopérative", street: "1 rue du Test", postalCode: "74600", town: "Seynod" },
    antenna: "seynod",
    capacity: 12,
  });
  assert.equal(event.status, 201, JSON.stringify(event.body));
  created.event = (Array.isArray(event.body) ? event.body[0] : event.body).id;
  assert.ok(created.event, "the event has an id");

  created.email = uniqueEmail("sauvegarde");
  const registration = await fetch(`${process.env.COOP_EVENTS_URL ?? "http://localhost:8081"}/api/events/public/events/${created.event}/registrations`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ firstName: "Claire", lastName: "Sauvegarde", email: created.email, town: "Annecy", consent: true }),
  });
  assert.equal(registration.status, 201, await registration.text());

  created.organisation = `Association sauvegardée ${suffix}`;
  const organisation = await membersApi(ME, "POST", "/api/members/staff/organisations",
    { name: created.organisation, kind: "OTHER", town: "Rumilly" });
  assert.equal(organisation.status, 201, JSON.stringify(organisation.body));

  // no endpoint stores a file yet: write one into resources' GridFS bucket as the service would
  created.file = join(work, "document.bin");
  writeFileSync(created.file, randomBytes(600 * 1024));
  mongoTool("MongoCheck.java", "gridfs-put", `${MONGO_URL}/coop_resources`, `sauvegarde-${suffix}.bin`, created.file);

  created.username = `sauvegarde.${suffix}`;
  created.password = `Mot-de-passe-${suffix}`;
  const response = await fetch(`${KEYCLOAK_URL}/admin/realms/coop/users`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await adminToken()}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      username: created.username,
      email: `${created.username}@demo.coopemploi.test`,
      firstName: "Claire",
      lastName: "Sauvegarde",
      enabled: true,
      emailVerified: true,
      credentials: [{ type: "password", value: created.password, temporary: false }],
    }),
  });
  assert.equal(response.status, 201, await response.text());
  assert.equal((await grantOf(created.username, created.password)).status, 200, "the new account logs in before the backup");
});

test("./coop backup, a wipe of every store, ./coop restore: the second archive holds what the first held", async () => {
  const before = join(work, "before.tar.gz");
  coop(["backup", before]);
  assert.ok(statSync(before).size > 0);

  // a wiped platform: every store emptied, Keycloak back to the realm file alone
  await wipePlatform();
  assert.equal(psql("coop_events", "select count(*) from pg_tables where schemaname = 'public'"), "0", "coop_events is empty");
  assert.equal((await grantOf(created.username, created.password)).status, 401, "the account is gone from the wiped Keycloak");

  coop(["restore", before]);
  const after = join(work, "after.tar.gz");
  coop(["backup", after]);
  const [was, is] = [contentsOf(before), contentsOf(after)];
  assert.deepEqual(Object.keys(is).sort(), Object.keys(was).sort(), "the same databases, collections and indexes");
  for (const key of Object.keys(was)) assert.deepEqual(is[key], was[key], `${key} is the same after the restore`);
  const account = accountIn(was, created.username);
  assert.ok(account.user, "the account is in the archive");
  assert.ok(account.password, "its hashed password is in the archive");
});

test("the restored platform serves the data and the logins", async () => {
  coop(["up"]);
  const event = await publicJson(`/api/events/public/events/${created.event}`);
  assert.match(event.title, new RegExp(suffix));
  const registrations = await eventsApi(ME, "GET", `/api/events/staff/events/${created.event}/registrations`);
  assert.equal(registrations.status, 200);
  assert.ok(JSON.stringify(registrations.body).includes(created.email), "the registration is back");
  const organisations = await publicJson("/api/members/public/organisations");
  assert.ok(organisations.some((organisation) => organisation.name === created.organisation), "the organisation is back");
  const copy = join(work, "document-restored.bin");
  mongoTool("MongoCheck.java", "gridfs-get", `${MONGO_URL}/coop_resources`, `sauvegarde-${suffix}.bin`, copy);
  assert.ok(readFileSync(copy).equals(readFileSync(created.file)), "the file is back, byte for byte");
  assert.equal((await grantOf(created.username, created.password)).status, 200, "the account logs in with its password");
  assert.equal((await grantOf("marie.entrepreneur", process.env.COOP_DEMO_PASSWORD ?? "demo")).status, 200, "a demo account logs in");
});

test("clean up what this test created", async () => {
  const token = await adminToken();
  const users = await (await fetch(`${KEYCLOAK_URL}/admin/realms/coop/users?exact=true&username=${created.username}`,
    { headers: { Authorization: `Bearer ${token}` } })).json();
  for (const user of users) {
    await fetch(`${KEYCLOAK_URL}/admin/realms/coop/users/${user.id}`, { method: "DELETE", headers: { Authorization: `Bearer ${token}` } });
  }
  const cancelled = await eventsApi(ME, "POST", `/api/events/staff/events/${created.event}/cancel?scope=THIS`,
    { reason: "Test de sauvegarde terminé." });
  assert.ok([200, 204].includes(cancelled.status), `cancel: ${cancelled.status}`);
  rmSync(work, { recursive: true, force: true });
});
