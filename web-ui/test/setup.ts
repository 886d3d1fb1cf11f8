import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, vi } from "vitest";
import { forgetCurrentUser } from "../app/api/session";

// Timers still pending when a test file ends are cleared before its jsdom window goes: one that fired later would
// find no window. Uppy (the upload widget) checks the browser's online status 3 s after it is created, with a timer
// it never clears: when that one fired between the removal of the window and the end of the worker, the run failed
// on "ReferenceError: window is not defined" although every test had passed.
const pendingTimers = new Set<ReturnType<typeof setTimeout>>();
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
function trackedSetTimeout(handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) {
  const timer = realSetTimeout(() => {
    pendingTimers.delete(timer);
    handler(...args);
  }, delay);
  pendingTimers.add(timer);
  return timer;
}
globalThis.setTimeout = Object.assign(trackedSetTimeout, realSetTimeout) as typeof setTimeout;
globalThis.clearTimeout = ((timer?: ReturnType<typeof setTimeout>) => {
  if (timer !== undefined) pendingTimers.delete(timer);
  realClearTimeout(timer);
}) as typeof clearTimeout;

afterEach(() => {
  if (typeof document !== "undefined") {
    cleanup();
    document.cookie = "XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/";
  }
  forgetCurrentUser();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

afterAll(() => {
  for (const timer of pendingTimers) realClearTimeout(timer);
  pendingTimers.clear();
});
