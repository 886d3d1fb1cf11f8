// Where the time of a server-rendered answer goes, told in Server-Timing (the gateway adds its own entries):
// `app` the whole answer in the web UI, `api` from the first API call to the last answer (with `api-call` per
// call: parallel calls overlap), `render` from the last API answer until the answer was ready.
import { AsyncLocalStorage } from "node:async_hooks";
import type { MiddlewareFunction } from "react-router";
import { type ApiCall, apiCalls } from "../api/client";

const current = new AsyncLocalStorage<ApiCall[]>();
apiCalls.observe = (call) => current.getStore()?.push(call);

const ms = (value: number) => value.toFixed(1);

export function serverTimingOf(started: number, ended: number, calls: ApiCall[]): string {
  const entries = [`app;dur=${ms(ended - started)}`];
  if (calls.length === 0) {
    entries.push(`render;dur=${ms(ended - started)}`);
    return entries.join(", ");
  }
  const first = Math.min(...calls.map((c) => c.start));
  const last = Math.max(...calls.map((c) => c.end));
  entries.push(`api;dur=${ms(last - first)};desc="${calls.length} call${calls.length > 1 ? "s" : ""}"`);
  for (const c of calls) entries.push(`api-call;dur=${ms(c.end - c.start)};desc="${c.path.replace(/["\\]/g, "")}"`);
  entries.push(`render;dur=${ms(ended - last)}`);
  return entries.join(", ");
}

/** The root's server middleware: wraps every document and data request. */
export const serverTiming: MiddlewareFunction<Response> = async (_args, next) => {
  const started = performance.now();
  const calls: ApiCall[] = [];
  const response = await current.run(calls, () => next());
  try {
    response.headers.append("Server-Timing", serverTimingOf(started, performance.now(), calls));
  } catch {
    // a redirect's headers cannot change: no timing on it
  }
  return response;
};
