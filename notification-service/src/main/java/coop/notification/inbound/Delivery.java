package coop.notification.inbound;

import coop.notification.mail.OutgoingMail;

/**
 * One e-mail a message causes, and what the service stores along with it (a reminder to
 * plan or withdraw): both commit together or not at all.
 */
public record Delivery(OutgoingMail mail, Runnable alongside) {

	public static Delivery of(OutgoingMail mail) {
		return new Delivery(mail, () -> {
		});
	}

	public Delivery with(Runnable alongside) {
		return new Delivery(this.mail, alongside);
	}

}
