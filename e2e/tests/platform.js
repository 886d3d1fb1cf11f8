// The platform of this checkout driven through ./coop, and its stores wiped: only for the journeys that stop and wipe
// it (e2e/backup/ and e2e/first-start/), which `./coop test` runs as steps of their own after the other journeys,
// never `npm test`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const MONGO_URL = `mongodb://127.0.0.1:${process.env.MONGO_PORT ?? 27017}`;
const PG_PORT = process.env.PG_PORT ?? "5432";
const SOLR_URL = process.env.SOLR_URL ?? `http://localhost:${process.env.SOLR_PORT ?? 8983}/solr`;
/** The PostgreSQL databases of ./coop (infra/parts' store column): the services' and Keycloak's. */
export const PG_DATABASES = ["coop_events", "coop_dashboard", "coop_notification", "keycloak"];
export const MONGO_DATABASES = ["coop_members", "coop_resources"];

/**
 * These journeys restart Keycloak and the services: a connection kept alive from before a restart is closed by the
 * other side at its next use. Such a request never reached the server: it is sent again, until a new connection
 * serves it.
 */
export function retryClosedConnections() {
  const fetchOnce = globalThis.fetch;
  globalThis.fetch = async (url, init) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fetchOnce(url, init);
      } catch (error) {
        if (!(error instanceof TypeError && error.message === "fetch failed") || attempt === 10) throw error;
      }
    }
  };
}

/** ./coop with these arguments (and these variables on top of the environment), its output shown as it runs. */
export function coop(args, env = {}) {
  execFileSync(join(ROOT, "coop"), args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
}

export function mongoTool(file, ...args) {
  const classpath = readFileSync(join(ROOT, ".coop/tools/mongo.classpath"), "utf8").trim();
  return execFileSync("java", ["-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", classpath, `infra/mongo/${file}`, ...args],
    { cwd: ROOT, encoding: "utf8" });
}

export function psql(database, sql) {
  return execFileSync("psql", ["-h", "127.0.0.1", "-p", PG_PORT, "-U", "postgres", "-d", database, "-qtAc", sql],
    { encoding: "utf8" }).trim();
}

/**
 * Stops the platform and empties every store: Keycloak back to the realm file alone, the services' PostgreSQL and
 * MongoDB databases dropped, and (with `index`) every document of the Solr core deleted; the infrastructure is
 * started again, the services are not.
 */
export async function wipePlatform({ index = false } = {}) {
  coop(["down"]);
  // Keycloak's database too: its next start imports the realm file into an empty one
  for (const database of PG_DATABASES) psql("postgres", `drop database if exists ${database} with (force)`);
  coop(["up", "infra"]);
  for (const database of MONGO_DATABASES) mongoTool("MongoBackup.java", "drop", MONGO_URL, database);
  if (index) {
    const response = await fetch(`${SOLR_URL}/coop/update?commit=true`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ delete: { query: "*:*" } }),
    });
    if (!response.ok) throw new Error(`Solr did not empty its core: ${response.status} ${await response.text()}`);
  }
}
