// @vitest-environment node
// Where the server-side loaders send their calls: straight to a service when the platform gives its address.
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiUrl } from "../app/api/client";
import { searchSite } from "../app/api/resources";

describe("apiUrl on the server", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends a service's calls to its own address when given, others to the gateway", () => {
    vi.stubEnv("API_BASE_URL", "http://gateway:8080");
    vi.stubEnv("EVENTS_API_URL", "http://events:8081/");
    vi.stubEnv("MEMBERS_API_URL", "");
    expect(apiUrl("/api/events/public/events?size=3")).toBe("http://events:8081/api/events/public/events?size=3");
    expect(apiUrl("/api/members/public/antennas")).toBe("http://gateway:8080/api/members/public/antennas");
    expect(apiUrl("/bff/user")).toBe("http://gateway:8080/bff/user");
  });

  it("falls back to the local gateway", () => {
    vi.stubEnv("API_BASE_URL", "");
    vi.stubEnv("EVENTS_API_URL", "");
    expect(apiUrl("/api/events/public/events")).toBe("http://localhost:8080/api/events/public/events");
  });

  it("sends a search made on behalf of a logged-in visitor through the gateway, which relays their token", async () => {
    vi.stubEnv("API_BASE_URL", "http://gateway:8080");
    vi.stubEnv("RESOURCES_API_URL", "http://resources:8083");
    const calls: { url: string; cookie: string | null }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      calls.push({ url, cookie: new Headers(init.headers).get("Cookie") });
      return new Response(JSON.stringify({ hits: [] }), { headers: { "Content-Type": "application/json" } });
    });
    try {
      const page = (cookie?: string) =>
        new Request("http://localhost:3000/recherche?q=noel", { headers: cookie ? { Cookie: cookie } : {} });
      await searchSite({ q: "noël" }, page("COOP_SESSION=abc123; theme=dark"));
      await searchSite({ q: "noël" }, page());
      expect(calls.map((c) => c.url.split("?")[0])).toEqual([
        "http://gateway:8080/api/resources/public/search",
        "http://resources:8083/api/resources/public/search",
      ]);
      expect(calls.map((c) => c.cookie)).toEqual(["COOP_SESSION=abc123", null]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
