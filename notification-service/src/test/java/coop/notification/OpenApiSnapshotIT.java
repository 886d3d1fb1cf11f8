package coop.notification;

import coop.platform.test.ServesItsOpenApiSnapshot;

/**
 * The served OpenAPI document is the one the web UI is generated from (in the shared
 * context of notification-service's integration tests).
 */
class OpenApiSnapshotIT extends WithRealServers implements ServesItsOpenApiSnapshot {

}
