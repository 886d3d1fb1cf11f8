// Server entry: React Router's default Node streaming render, plus a Content-Security-Policy on every HTML
// response. A page for one visitor gets a fresh nonce: React Router puts it on each inline script it writes (the
// hydration context, the route module imports, scroll restoration, streamed data) because <ServerRouter nonce> is the
// default nonce of <Scripts>, <ScrollRestoration> and <Links>. A page every visitor shares (Cache-Control: public,
// site/cache.ts) is kept by the gateway's cache, so one nonce would be everybody's: it is rendered whole and its
// policy lists the SHA-256 of each of its inline scripts instead.
import { createHash, randomBytes } from "node:crypto";
import { PassThrough, Writable } from "node:stream";
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

/** The SHA-256 of each inline script of a page, as CSP sources. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(` ${m[1]}`)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy of every page. Scripts only from this origin or inline with the nonce (a page for one visitor) or with
 * their hashes (a page every visitor shares); no inline style attribute; forms post here or to Keycloak (the logout
 * form is redirected to its end-session page). `npm run dev` alone also allows inline styles, because Vite injects
 * the stylesheet as <style> for hot reload.
 */
export function contentSecurityPolicy(nonceOrHashes: string | string[], keycloakUrl: string, dev = false): string {
  const keycloak = keycloakUrl.replace(/\/+$/, "");
  const inline = typeof nonceOrHashes === "string" ? `'nonce-${nonceOrHashes}'` : nonceOrHashes.join(" ");
  return [
    "default-src 'self'",
    `script-src 'self'${inline ? ` ${inline}` : ""}`,
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

function policyWith(nonceOrHashes: string | string[]): string {
  return contentSecurityPolicy(
    nonceOrHashes,
    process.env.KEYCLOAK_URL || DEFAULT_KEYCLOAK_URL,
    process.env.NODE_ENV === "development",
  );
}

const isShared = (headers: Headers) => /(^|[\s,])public([\s,]|$)/i.test(headers.get("Cache-Control") ?? "");

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  if (isShared(responseHeaders)) {
    // an error page, or the SPA fallback, is nobody's to keep
    if (responseStatusCode !== 200 || routerContext.isSpaMode) responseHeaders.delete("Cache-Control");
    else if (request.method.toUpperCase() !== "HEAD")
      return renderShared(request, responseStatusCode, responseHeaders, routerContext);
  }
  const nonce = createNonce();
  responseHeaders.set("Content-Security-Policy", policyWith(nonce));

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

/**
 * A page every visitor shares: rendered whole (its loaders have all answered already), then sent with the hashes of
 * its inline scripts in its policy. If rendering fails midway the page is no longer shareable.
 */
function renderShared(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  routerContext: EntryContext,
) {
  return new Promise<Response>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timeoutId = setTimeout(() => abort(), streamTimeout + 1000);
    const sink = new Writable({
      write(chunk, _encoding, callback) {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
        callback();
      },
      final(callback) {
        clearTimeout(timeoutId);
        const html = Buffer.concat(chunks);
        responseHeaders.set("Content-Security-Policy", policyWith(inlineScriptHashes(html.toString("utf8"))));
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        if (responseStatusCode !== 200) responseHeaders.delete("Cache-Control");
        resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
        callback();
      },
    });
    const { pipe, abort } = renderToPipeableStream(<ServerRouter context={routerContext} url={request.url} />, {
      onAllReady() {
        pipe(sink);
      },
      onShellError(error: unknown) {
        clearTimeout(timeoutId);
        reject(error);
      },
      onError(error: unknown) {
        responseStatusCode = 500;
        console.error(error);
      },
    });
  });
}
