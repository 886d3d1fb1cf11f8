// @vitest-environment node
// The gateway keeps a shared public page under its path and the query parameters public pages read, nothing else:
// a parameter a page read but the gateway left out would never reach that page (every visitor would get the page
// without it), and one the gateway kept but no page read would let random values make new pages. The list lives in
// app/site/cache.ts and in gateway-service's application.yml; this test keeps them equal, and keeps the shared pages
// reading their query through publicQuery (which only takes those names).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PUBLIC_QUERY_PARAMETERS } from "../app/site/cache";

const APP = new URL("../app", import.meta.url).pathname;
const GATEWAY_CONFIG = new URL("../../gateway-service/src/main/resources/application.yml", import.meta.url).pathname;

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : modules(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function gatewayParameters(): string[] {
  const config = readFileSync(GATEWAY_CONFIG, "utf8");
  const section = config.slice(config.indexOf("page-cache:"));
  const list = /^\s+parameters:\s*\[([^\]]*)\]/m.exec(section);
  expect(list, "coop.gateway.page-cache.parameters in gateway-service's application.yml").not.toBeNull();
  return [...(list?.[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

describe("the query parameters of the shared public pages", () => {
  it("are the ones the gateway's page cache keeps", () => {
    expect([...gatewayParameters()].sort()).toEqual([...PUBLIC_QUERY_PARAMETERS].sort());
  });

  it("are read through publicQuery alone by every page the gateway may share", () => {
    const shared = modules(APP).filter((path) =>
      /import \{[^}]*\bpublicPage\b[^}]*\} from "\.\.\/site\/cache"/.test(readFileSync(path, "utf8")),
    );
    // the agenda and the directory read filters; the others read none
    expect(shared.map((path) => relative(APP, path))).toEqual(
      expect.arrayContaining(["agenda/agenda.tsx", "showcase/entrepreneurs.tsx", "home/home.tsx"]),
    );
    const readers = shared.filter((path) => /\.searchParams\b|useSearchParams\s*\(/.test(readFileSync(path, "utf8")));
    expect(readers.map((path) => relative(APP, path))).toEqual([]);
  });
});
