// The gateway's session endpoints (backend-for-frontend): who is logged in, login and logout.
import { type ApiResult, apiFetch } from "./client";

/**
 * What GET /bff/user answers (the gateway's SessionUserController, which builds it from the login: it is not a record
 * of a service's OpenAPI document).
 */
export type User =
  | { authenticated: false }
  | {
      authenticated: true;
      subject: string;
      username?: string;
      name: string;
      email: string;
      roles: string[];
      antennas: string[];
      /** staff of the head office: they manage every antenna, other staff their own */
      managesEveryAntenna?: boolean;
    };

export type AuthenticatedUser = Extract<User, { authenticated: true }>;

export async function getUser(): Promise<ApiResult<User>> {
  try {
    const response = await apiFetch("/bff/user");
    if (!response.ok) return { ok: false, status: response.status };
    return { ok: true, data: (await response.json()) as User };
  } catch {
    return { ok: false, status: 0 };
  }
}

const isServer = typeof document === "undefined";

// Who is logged in does not change while a document lives: logging in and out are full page loads.
// The header and the intranet pages share one answer; failures are not kept, so they are asked again.
let userPromise: Promise<ApiResult<User>> | null = null;

export function currentUser(): Promise<ApiResult<User>> {
  if (isServer) return getUser();
  if (!userPromise) {
    userPromise = getUser().then((r) => {
      if (!r.ok) userPromise = null;
      return r;
    });
  }
  return userPromise;
}

/** For tests: forget the answer kept by currentUser(). */
export function forgetCurrentUser() {
  userPromise = null;
}

/** Gateway endpoints for the session: plain links and forms, not fetches. */
export const LOGIN_URL = "/oauth2/authorization/keycloak";
export const LOGOUT_URL = "/logout";
