import type { Config } from "@react-router/dev/config";

export default {
  // Public pages are rendered on the server so crawlers and curl get their text.
  ssr: true,
  // New project: take React Router v8's behaviour now rather than migrate later.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
} satisfies Config;
