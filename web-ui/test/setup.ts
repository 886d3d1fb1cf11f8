import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { forgetCurrentUser } from "../app/api/session";

afterEach(() => {
  if (typeof document !== "undefined") {
    cleanup();
    document.cookie = "XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
  }
  forgetCurrentUser();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
