package coop.platform.contracts.resources;

import java.time.Instant;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A presentation page of the public site as visitors now read it: staff published a
 * version (a new one or a restored one) or moved it in the cooperative's menu. The page
 * cache refreshes the public pages.
 *
 * @param path where visitors read it ({@code /cooperative/statut})
 * @param version the number of the version online
 * @param menuOrder its place in the cooperative's menu, or {@code null}: not in it
 */
@EventType("resources.page.published")
public record PagePublished(String pageId, String slug, String path, String title, int version, Integer menuOrder,
		Instant publishedAt) implements IntegrationEvent {
}
