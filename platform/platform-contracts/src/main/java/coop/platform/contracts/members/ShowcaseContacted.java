package coop.platform.contracts.members;

import coop.platform.contracts.EventType;
import coop.platform.contracts.IntegrationEvent;

/**
 * A visitor wrote to an entrepreneur through their showcase's form: the message goes to
 * the entrepreneur, answering to the visitor. The visitor's address is not verified:
 * nothing is sent to it.
 *
 * @param messageId stable id of the message (one e-mail per message)
 * @param visitorName as the visitor typed it
 * @param visitorEmail as the visitor typed it, for Reply-To
 */
@EventType("members.showcase.contacted")
public record ShowcaseContacted(String messageId, String businessName, String pageUrl, Member entrepreneur,
		String visitorName, String visitorEmail, String message) implements IntegrationEvent {
}
