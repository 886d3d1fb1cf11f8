package coop.platform.messaging;

/**
 * Remembers which events a consumer has handled.
 */
public interface Inbox {

	/**
	 * Runs the action unless this consumer already handled that event.
	 * @return false when the event was a duplicate and the action did not run
	 */
	boolean handleOnce(String consumer, MessageEnvelope envelope, Runnable action);

}
