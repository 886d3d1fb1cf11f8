package coop.platform.messaging.accounts;

import coop.platform.contracts.members.AccountDeactivated;
import coop.platform.contracts.members.AccountReactivated;
import coop.platform.messaging.MessageEnvelope;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;

/**
 * Keeps the store up to date from {@code members.account.*} messages, on the service's
 * own queue {@code <application>.accounts}.
 */
public class AccountStatusListener {

	private final AccountStatusStore store;

	public AccountStatusListener(AccountStatusStore store) {
		this.store = store;
	}

	@RabbitListener(queues = "${spring.application.name:application}.accounts")
	void on(Message message) {
		MessageEnvelope envelope = MessageEnvelope.fromJson(message.getBody());
		switch (envelope.type()) {
			case "members.account.deactivated" ->
				this.store.apply(envelope.payloadAs(AccountDeactivated.class).subject(), true, envelope.occurredAt());
			case "members.account.reactivated" ->
				this.store.apply(envelope.payloadAs(AccountReactivated.class).subject(), false, envelope.occurredAt());
			default -> {
			}
		}
	}

}
