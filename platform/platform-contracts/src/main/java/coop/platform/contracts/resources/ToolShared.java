package coop.platform.contracts.resources;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;
import coop.platform.contracts.members.Member;

/**
 * Someone shared their filled copy of an online template (one of their own tools) with
 * their coach, who may now read it and comment on it: the coach is told.
 *
 * @param resourceId the copy's id
 * @param title the copy's title
 * @param owner whose document it is
 * @param sharedWith who may now read it and comment on it (the owner's coach)
 * @param toolUrl where it is read and commented on
 */
@EventType("resources.tool.shared")
public record ToolShared(String resourceId, String title, Member owner, Member sharedWith,
		String toolUrl) implements IntegrationEvent {
}
