// @vitest-environment node
// The server entry: a Content-Security-Policy on every HTML response, and its nonce on every inline
// script React Router writes. Rendered through React Router's own request handler with the real root.
import { createHash } from "node:crypto";
import { createElement } from "react";
import { createRequestHandler, type ServerBuild } from "react-router";
import { describe, expect, it, vi } from "vitest";
import * as entry from "../app/entry.server";
import * as layout from "../app/intranet/layout";
import * as root from "../app/root";
import { publicPage } from "../app/site/cache";
import { serverTimingOf } from "../app/site/timing.server";
import { stubApiDown } from "./fixtures";

function manifestRoute(
  id: string,
  parentId: string | undefined,
  path: string | undefined,
  mod: Record<string, unknown>,
) {
  return {
    id,
    parentId,
    path,
    index: undefined,
    caseSensitive: undefined,
    module: `/assets/${id.replace(/\W/g, "-")}.js`,
    imports: [],
    css: [],
    hasAction: false,
    hasLoader: "loader" in mod,
    hasClientAction: false,
    hasClientLoader: "clientLoader" in mod,
    hasClientMiddleware: false,
    hasDefaultExport: true,
    hasErrorBoundary: "ErrorBoundary" in mod,
    clientActionModule: undefined,
    clientLoaderModule: undefined,
    clientMiddlewareModule: undefined,
    hydrateFallbackModule: undefined,
  };
}

// a public page with no data of its own (the presentation pages read theirs from resources-service: pages.test.tsx)
const cooperative = { headers: publicPage, default: () => createElement("h1", null, "La coopérative") };

const ROUTES = [
  ["root", undefined, "", root],
  ["routes/cooperative", "root", "cooperative", cooperative],
  ["routes/intranet/layout", "root", "intranet", layout],
] as const;

const build = {
  entry: { module: entry },
  routes: Object.fromEntries(
    ROUTES.map(([id, parentId, path, module]) => [
      id,
      { id, parentId, path, index: undefined, caseSensitive: undefined, module },
    ]),
  ),
  assets: {
    entry: { module: "/assets/entry.client.js", imports: [] },
    routes: Object.fromEntries(
      ROUTES.map(([id, parentId, path, module]) => [id, manifestRoute(id, parentId, path, module)]),
    ),
    url: "/assets/manifest.js",
    version: "test",
  },
  publicPath: "/",
  assetsBuildDirectory: "build/client",
  future: { v8_middleware: true, v8_passThroughRequests: true, v8_trailingSlashAwareDataRequests: true },
  ssr: true,
  isSpaMode: false,
  prerender: [],
  routeDiscovery: { mode: "lazy", manifestPath: "/__manifest" },
  basename: "/",
} as unknown as ServerBuild;

const handler = createRequestHandler(build, "production");
const get = (path: string) => handler(new Request(`http://ui.test${path}`));

function nonceOf(response: Response): string {
  const csp = response.headers.get("Content-Security-Policy") ?? "";
  const m = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp);
  expect(m, csp).not.toBeNull();
  return m![1];
}

describe("entry.server", () => {
  it("sends the policy of the brief with a fresh nonce, Keycloak allowed as a form target", async () => {
    vi.stubEnv("KEYCLOAK_URL", "https://auth.coopemploi.example/");
    const res = await get("/intranet");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/html");
    const nonce = nonceOf(res);
    expect(res.headers.get("Content-Security-Policy")).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; font-src 'self'; ` +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; " +
        "form-action 'self' https://auth.coopemploi.example",
    );
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(nonceOf(await get("/intranet"))).not.toBe(nonce);
    expect(res.headers.get("Cache-Control") ?? "").not.toContain("public");
  });

  it("lets a public page be shared: no nonce, the hash of each inline script in its policy, the same twice", async () => {
    const res = await get("/cooperative");
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=0, s-maxage=10, stale-while-revalidate=60");
    const csp = res.headers.get("Content-Security-Policy") ?? "";
    expect(csp).not.toContain("nonce");
    const html = await res.text();
    expect(html).not.toContain("nonce=");
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]));
    expect(inline.length).toBeGreaterThanOrEqual(2); // the hydration context and the module imports
    for (const [, , body] of inline) {
      const hash = createHash("sha256").update(body, "utf8").digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
    }
    expect(await (await get("/cooperative")).text()).toBe(html);
  });

  it("says where the time of an answer went (Server-Timing)", async () => {
    const res = await get("/cooperative");
    // the root reads the cooperative's settings on each render
    expect(res.headers.get("Server-Timing")).toMatch(
      /^app;dur=\d+\.\d, api;dur=\d+\.\d;desc="1 call", api-call;dur=\d+\.\d;desc="\/api\/members\/public\/cooperative", render;dur=\d+\.\d$/,
    );
    expect(
      serverTimingOf(0, 30, [
        { path: "/api/events/public/events", start: 2, end: 12, status: 200 },
        { path: "/api/members/public/antennas", start: 2.5, end: 20, status: 200 },
      ]),
    ).toBe(
      'app;dur=30.0, api;dur=18.0;desc="2 calls", api-call;dur=10.0;desc="/api/events/public/events", ' +
        'api-call;dur=17.5;desc="/api/members/public/antennas", render;dur=10.0',
    );
  });

  it("never marks an error page shareable", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await get("/page-inexistante");
    expect(res.status).toBe(404);
    expect(res.headers.get("Cache-Control") ?? "").not.toContain("public");
    nonceOf(res);
  });

  it("defaults the form target to the local Keycloak", async () => {
    vi.stubEnv("KEYCLOAK_URL", "");
    const res = await get("/cooperative");
    expect(res.headers.get("Content-Security-Policy")).toMatch(/form-action 'self' http:\/\/localhost:8180$/);
  });

  it("puts the nonce on every executable inline script, and writes no style attribute", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {}); // React Router logs the unmatched URL
    for (const path of ["/intranet", "/page-inexistante"]) {
      stubApiDown();
      const res = await get(path);
      const nonce = nonceOf(res);
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      const executable = scripts.filter((attrs) => !/type="application\/ld\+json"/.test(attrs));
      expect(executable.length, path).toBeGreaterThanOrEqual(2); // the hydration context and the module imports
      for (const attrs of executable) expect(attrs, `${path}: <script${attrs}>`).toContain(`nonce="${nonce}"`);
      expect(html, path).not.toMatch(/\sstyle="/);
    }
  });

  it("keeps the public pages rendered on the server", async () => {
    const html = await (await get("/cooperative")).text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<h1[^>]*>/);
    const intranet = await (await get("/intranet")).text();
    expect(intranet).toContain("Chargement de votre espace…");
  });

  it("answers HEAD with the headers only", async () => {
    const res = await handler(new Request("http://ui.test/cooperative", { method: "HEAD" }));
    expect(res.headers.get("Content-Security-Policy")).toContain("'nonce-");
    expect(await res.text()).toBe("");
  });

  it("allows inline styles in development only (Vite injects the stylesheet)", () => {
    expect(entry.contentSecurityPolicy("n", "http://kc", true)).toContain("style-src 'self' 'unsafe-inline'");
    expect(entry.contentSecurityPolicy("n", "http://kc", false)).toContain("style-src 'self';");
  });
});
