// Server entry: React Router's default Node streaming render, plus a Content-Security-Policy with a
// fresh nonce on every HTML response. React Router puts the nonce on each inline script it writes
// (the hydration context, the route module imports, scroll restoration, streamed data) because
// <ServerRouter nonce> is the default nonce of <Scripts>, <ScrollRestoration> and <Links>.
import { randomBytes } from "node:crypto";
import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { isbot } from "isbot";
import type { RenderToPipeableStreamOptions } from "react-dom/server";
import { renderToPipeableStream } from "react-dom/server";
import type { EntryContext } from "react-router";
import { ServerRouter } from "react-router";

export const streamTimeout = 5_000;

const DEFAULT_KEYCLOAK_URL = "http://localhost:8180";

/** 128 random bits, base64: a new one for each response. */
export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * The policy of every page. Scripts only from this origin or inline with the nonce; no inline style
 * attribute; forms post here or to Keycloak (the logout form is redirected to its end-session page).
 * `npm run dev` alone also allows inline styles, because Vite injects the stylesheet as <style> for hot reload.
 */
export function contentSecurityPolicy(nonce: string, keycloakUrl: string, dev = false): string {
  const keycloak = keycloakUrl.replace(/\/+$/, "");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    `form-action 'self' ${keycloak}`,
  ].join("; ");
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  const nonce = createNonce();
  responseHeaders.set(
    "Content-Security-Policy",
    contentSecurityPolicy(
      nonce,
      process.env.KEYCLOAK_URL || DEFAULT_KEYCLOAK_URL,
      process.env.NODE_ENV === "development",
    ),
  );

  // https://httpwg.org/specs/rfc9110.html#HEAD
  if (request.method.toUpperCase() === "HEAD") {
    return new Response(null, { status: responseStatusCode, headers: responseHeaders });
  }

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const userAgent = request.headers.get("user-agent");

    // Crawlers (and SPA mode) get the whole document at once; people get the shell as soon as it is ready.
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady";

    // Abort after streamTimeout, leaving time to flush the rejected boundaries.
    let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);

    const { pipe, abort } = renderToPipeableStream(
      <ServerRouter context={routerContext} url={request.url} nonce={nonce} />,
      {
        nonce,
        [readyOption]() {
          shellRendered = true;
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeoutId);
              timeoutId = undefined;
              callback();
            },
          });
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          pipe(body);
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // errors of the shell itself are logged by React Router's handleDocumentRequest
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}
