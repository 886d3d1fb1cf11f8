// Every store of the running platform searched directly for a text (issue 15's erasure check): each PostgreSQL database
// and each MongoDB database that infra/parts names (all their tables and collections, GridFS files' metadata and
// content, inside zip archives too), every Solr core (stored values and indexed fields), and Keycloak's users and events. Nothing here knows a
// table, a collection or a field: a store added later is searched as well. Where each server listens and how to log in
// comes from the same variables and dev-only defaults as ./coop (see infra/README.md); nothing secret is written here.
import { readFileSync } from "node:fs";
import { Binary, MongoClient } from "mongodb";
import pg from "pg";
import { adminToken, KEYCLOAK_URL, zipEntries } from "./support.js";

const PG_HOST = process.env.PG_HOST ?? "127.0.0.1";
const PG_PORT = Number(process.env.PG_PORT ?? 5432);
// each service's database is owned by a role of the same name, with this password (./coop: COOP_DB_PASSWORD)
const DB_PASSWORD = process.env.COOP_DB_PASSWORD ?? "dev-only-db-password";
const MONGO_URI = process.env.MONGODB_URI ?? `mongodb://localhost:${process.env.MONGO_PORT ?? 27017}`;
const SOLR_URL = process.env.SOLR_URL ?? `http://localhost:${process.env.SOLR_PORT ?? 8983}/solr`;
const REALM = process.env.COOP_KEYCLOAK_REALM ?? "coop";

/** The services' own stores, from the store column of infra/parts: `{kind: "postgres" | "mongo", database}`. */
export function platformStores() {
  const table = readFileSync(new URL("../../infra/parts", import.meta.url), "utf8");
  const stores = [];
  for (const line of table.split("\n")) {
    const columns = line.trim().split(/\s+/);
    if (columns.length !== 10 || columns[0].startsWith("#") || columns[0] === "jvm") continue;
    const [kind, database] = columns[7].split(":");
    if (database) stores.push({ kind, database });
  }
  return stores;
}

/**
 * Every text, json and bytea column of every table of the connected database holding one of the texts (case
 * ignored): one query over information_schema, each column counted by a query it builds (query_to_xml).
 */
const PG_SEARCH = `
  select c.table_schema, c.table_name, c.column_name,
         (xpath('/row/n/text()', query_to_xml(format(
            'select count(*) as n from %I.%I where strpos(lower(' ||
              case when c.data_type = 'bytea' then 'encode(%I, ''escape'')' else '%I::text' end ||
            '), %L) > 0', c.table_schema, c.table_name, c.column_name, lower($1)), false, true, '')))[1]::text::bigint as hits
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
   where t.table_type = 'BASE TABLE'
     and c.table_schema not in ('pg_catalog', 'information_schema')
     and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'xml', 'ARRAY', 'USER-DEFINED')`;

export async function searchPostgres(database, needles) {
  const client = new pg.Client({ host: PG_HOST, port: PG_PORT, database, user: database, password: DB_PASSWORD });
  await client.connect();
  const found = [];
  try {
    const columns = await client.query(
      "select count(*)::int as n from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')",
    );
    if (columns.rows[0].n === 0) throw new Error(`postgres ${database}: no table visible to the role ${database}`);
    for (const needle of needles) {
      const { rows } = await client.query(PG_SEARCH, [needle]);
      for (const row of rows) {
        if (Number(row.hits) > 0) {
          found.push(
            `postgres ${database}: ${row.table_schema}.${row.table_name}.${row.column_name} (${row.hits} row(s) with « ${needle} »)`,
          );
        }
      }
    }
  } finally {
    await client.end();
  }
  return found;
}

/** The paths of a document (keys included) whose text or binary value holds one of the texts. */
function walk(value, needles, path, hits) {
  if (value == null) return;
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    for (const needle of needles) if (lower.includes(needle)) hits.push(`${path} « ${needle} »`);
  } else if (value instanceof Binary || value instanceof Uint8Array) {
    const bytes = value instanceof Binary ? value.buffer : value;
    walk(Buffer.from(bytes).toString("latin1"), needles, `${path} (binary)`, hits);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, needles, `${path}[${i}]`, hits);
  } else if (typeof value === "object" && value.constructor?.name === "Object") {
    for (const [key, item] of Object.entries(value)) {
      walk(key, needles, `${path}{key}`, hits);
      walk(item, needles, path ? `${path}.${key}` : key, hits);
    }
  }
}

/**
 * Every document of every collection of every database of the MongoDB server (the services' and any other), keys and
 * values; GridFS chunks are put back together per file first, so that a text cut between two chunks is found too.
 */
export async function searchMongo(needles) {
  const lower = needles.map((n) => n.toLowerCase());
  const client = new MongoClient(MONGO_URI, {
    serverSelectionTimeoutMS: 10_000,
    directConnection: !MONGO_URI.includes(","),
  });
  await client.connect();
  const found = [];
  const searched = [];
  try {
    const { databases } = await client.db("admin").admin().listDatabases({ nameOnly: true });
    for (const { name } of databases) {
      if (["admin", "local", "config"].includes(name)) continue;
      searched.push(name);
      const db = client.db(name);
      for (const { name: collection } of await db.listCollections({}, { nameOnly: true }).toArray()) {
        if (collection.startsWith("system.")) continue;
        const chunks = collection.endsWith(".chunks");
        const files = new Map();
        for await (const doc of db.collection(collection).find({})) {
          const hits = [];
          if (chunks && doc.data) {
            const key = String(doc.files_id);
            if (!files.has(key)) files.set(key, []);
            files.get(key).push(doc);
            walk({ ...doc, data: undefined }, lower, "", hits);
          } else {
            walk(doc, lower, "", hits);
          }
          for (const hit of hits) found.push(`mongo ${name}.${collection} _id ${doc._id}: ${hit}`);
        }
        for (const [id, parts] of files) {
          parts.sort((a, b) => a.n - b.n);
          const content = Buffer.concat(
            parts.map((p) => Buffer.from(p.data instanceof Binary ? p.data.buffer : p.data)),
          );
          const hits = [];
          walk(content.toString("latin1"), lower, "content", hits);
          walk(content.toString("utf8"), lower, "content", hits);
          for (const [entry, text] of Object.entries(zipEntries(content)))
            walk(text, lower, `zip entry ${entry}`, hits);
          for (const hit of new Set(hits)) found.push(`mongo ${name}.${collection} file ${id}: ${hit}`);
        }
      }
    }
  } finally {
    await client.close();
  }
  return { found, searched };
}

async function solrJson(path) {
  const response = await fetch(`${SOLR_URL}${path}${path.includes("?") ? "&" : "?"}wt=json`);
  if (!response.ok) throw new Error(`Solr ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/**
 * Every core of the Solr server: each document's stored values (all of them, page by page) and a query of the texts
 * on every indexed text or string field (those never stored too, such as the catch-all field).
 */
export async function searchSolr(needles) {
  const lower = needles.map((n) => n.toLowerCase());
  const found = [];
  const cores = Object.keys((await solrJson("/admin/cores?action=STATUS")).status);
  for (const core of cores) {
    const uniqueKey = (await solrJson(`/${core}/schema/uniquekey`)).uniqueKey;
    let cursor = "*";
    for (;;) {
      const page = await solrJson(
        `/${core}/select?q=*:*&fl=*&rows=500&sort=${encodeURIComponent(`${uniqueKey} asc`)}&cursorMark=${encodeURIComponent(cursor)}`,
      );
      for (const doc of page.response.docs) {
        const hits = [];
        walk(doc, lower, "", hits);
        for (const hit of hits) found.push(`solr ${core} ${doc[uniqueKey]}: ${hit}`);
      }
      if (page.nextCursorMark === cursor) break;
      cursor = page.nextCursorMark;
    }
    const textual = new Set(
      (await solrJson(`/${core}/schema/fieldtypes`)).fieldTypes
        .filter((t) => ["solr.TextField", "solr.StrField"].includes(t.class))
        .map((t) => t.name),
    );
    const fields = Object.entries((await solrJson(`/${core}/admin/luke?numTerms=0`)).fields)
      .filter(([, field]) => textual.has(field.type) && (field.schema ?? "").startsWith("I"))
      .map(([name]) => name);
    for (const needle of needles) {
      const phrase = `"${needle.replace(/["\\]/g, "\\$&")}"`;
      const params = new URLSearchParams({
        q: phrase,
        defType: "edismax",
        qf: fields.join(" "),
        fl: uniqueKey,
        rows: "20",
      });
      const result = await solrJson(`/${core}/select?${params}`);
      for (const doc of result.response.docs)
        found.push(`solr ${core} ${doc[uniqueKey]}: an indexed field matches « ${needle} »`);
    }
  }
  return { found, cores };
}

/** Keycloak's users of the realm matching each text (username, e-mail, names), and its stored user and admin events. */
export async function searchKeycloak(needles) {
  const token = await adminToken();
  const headers = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  const found = [];
  const get = async (path) => {
    const response = await fetch(`${KEYCLOAK_URL}/admin/realms/${REALM}${path}`, { headers });
    if (!response.ok) throw new Error(`Keycloak ${path}: ${response.status}`);
    return response.json();
  };
  for (const needle of needles) {
    for (const user of await get(`/users?search=${encodeURIComponent(needle)}&briefRepresentation=false&max=100`)) {
      found.push(`keycloak ${REALM} user ${user.id} (${user.username}) matches « ${needle} »`);
    }
  }
  const events = JSON.stringify([await get("/events?max=10000"), await get("/admin-events?max=10000")]).toLowerCase();
  for (const needle of needles) {
    if (events.includes(needle.toLowerCase())) found.push(`keycloak ${REALM} events name « ${needle} »`);
  }
  return found;
}

/**
 * Every store of the platform searched for the texts: `found` lists each place a text is (empty: nowhere), `where`
 * the kinds of store each hit was in, `searched` what was looked at.
 */
export async function searchEveryStore(needles) {
  const found = [];
  const searched = [];
  for (const { database } of platformStores().filter((s) => s.kind === "postgres")) {
    found.push(...(await searchPostgres(database, needles)));
    searched.push(`postgres ${database}`);
  }
  const mongo = await searchMongo(needles);
  found.push(...mongo.found);
  searched.push(...mongo.searched.map((db) => `mongo ${db}`));
  const solr = await searchSolr(needles);
  found.push(...solr.found);
  searched.push(...solr.cores.map((core) => `solr ${core}`));
  found.push(...(await searchKeycloak(needles)));
  searched.push(`keycloak ${REALM}`);
  return { found, searched };
}
