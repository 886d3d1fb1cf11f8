// The generated API types are what the OpenAPI snapshots give (each service's OpenApiSnapshotIT keeps the snapshot
// equal to what the service serves): a snapshot regenerated without its types, or a hand edit of a generated file,
// fails here. Fix: `npm run openapi` (or `./coop openapi`, which also refreshes the snapshots).
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, snapshots } from "../scripts/openapi.mjs";

const files = await snapshots();

describe("generated API types", () => {
  it("exist for every service snapshot", () => {
    expect(files.map((f) => basename(f.snapshot))).toEqual(
      expect.arrayContaining(["events-service.json", "members-service.json", "notification-service.json"]),
    );
  });

  it.each(files)("$generated is up to date with its snapshot", async ({ snapshot, generated }) => {
    const actual = await readFile(generated, "utf8").catch(() => "(missing)");
    expect(actual === (await generate(snapshot)), `${basename(generated)} is stale: run npm run openapi`).toBe(true);
  });
});
