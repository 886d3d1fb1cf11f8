// The client of notification-service: its generated contract (openapi/notification-service.json, see
// web-ui/README.md) and one function per endpoint the web UI calls, each answering an ApiResult.
import { result, serviceClient } from "./client";
import type { components, paths } from "./generated/notification-service";

export type * from "./generated/notification-service";
export { labels } from "./generated/notification-service";

export const notificationApi = serviceClient<paths>();

export const sendContactMessage = (body: components["schemas"]["ContactRequest"]) =>
  result(notificationApi.POST("/api/notifications/public/contact", { body }));

export type EmailPreferences = components["schemas"]["EmailPreferencesResponse"];
export type MailTopic = components["schemas"]["EmailPreferencesRequest"]["received"][number];

/** The e-mail preferences behind the signed link of an e-mail (no account needed). */
export const getEmailPreferencesByToken = (token: string) =>
  result(notificationApi.GET("/api/notifications/public/email-preferences", { params: { query: { token } } }));

export const saveEmailPreferencesByToken = (token: string, received: MailTopic[]) =>
  result(
    notificationApi.PUT("/api/notifications/public/email-preferences", {
      params: { query: { token } },
      body: { received },
    }),
  );

/** The e-mail preferences of the logged-in person's address. */
export const getMyEmailPreferences = () => result(notificationApi.GET("/api/notifications/me/email-preferences"));

export const saveMyEmailPreferences = (received: MailTopic[]) =>
  result(notificationApi.PUT("/api/notifications/me/email-preferences", { body: { received } }));

/** A GDPR request (export or erasure) from the page of an e-mail's signed link: the token proves the address. */
export const askPrivacyByToken = (token: string, kind: "EXPORT" | "ERASURE") =>
  result(
    notificationApi.POST("/api/notifications/public/privacy-requests", {
      params: { query: { token } },
      body: { kind, confirm: kind === "ERASURE" },
    }),
  );

/** « Adresses en échec »: the addresses the mail server refused for good, and clearing one (staff). */
export type Bounce = components["schemas"]["BounceResponse"];
export const listBounces = () => result(notificationApi.GET("/api/notifications/staff/bounces"));
export const clearBounce = (id: string) =>
  result(notificationApi.DELETE("/api/notifications/staff/bounces/{id}", { params: { path: { id } } }));
