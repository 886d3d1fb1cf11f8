// @vitest-environment node
// Where the server-side loaders send their calls: straight to a service when the platform gives its address.
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiUrl } from "../app/api/client";

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
});
