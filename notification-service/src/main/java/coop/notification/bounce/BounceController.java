package coop.notification.bounce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import coop.notification.mail.BounceSource;
import coop.notification.mail.Bounces;
import coop.platform.web.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff read the addresses in failure (a permanent refusal by the mail server: no
 * reminder, suggestion or notification goes to them) and clear one once corrected.
 */
@RestController
class BounceController {

	private final Bounces bounces;

	BounceController(Bounces bounces) {
		this.bounces = bounces;
	}

	/**
	 * @param address the refused address
	 * @param reply what the mail server answered
	 * @param firstAt the first failure
	 * @param lastAt the latest failure
	 * @param failures how many mails failed
	 * @param source how the latest failure was learnt: the server refused the mail at
	 * once, or sent a delivery status notification later
	 */
	record BounceResponse(UUID id, String address, String reply, Instant firstAt, Instant lastAt, int failures,
			BounceSource source) {
	}

	@GetMapping("/api/notifications/staff/bounces")
	List<BounceResponse> list() {
		return this.bounces.list()
			.stream()
			.map((b) -> new BounceResponse(b.id(), b.address(), b.reply(), b.firstAt(), b.lastAt(), b.failures(),
					b.source()))
			.toList();
	}

	@DeleteMapping("/api/notifications/staff/bounces/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void clear(@PathVariable UUID id) {
		if (!this.bounces.clear(id)) {
			throw ProblemException.notFound("Cette adresse n'est plus en échec.");
		}
	}

}
