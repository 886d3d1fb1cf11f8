package coop.members.privacy;

import java.time.Instant;
import java.util.List;

import coop.platform.contracts.members.PrivacyRequested;
import org.jspecify.annotations.Nullable;

/**
 * A GDPR request as staff and the person see it: where it stands and which services
 * answered. {@code email} and {@code name} are gone once the erasure is done (the audit
 * keeps no personal data).
 *
 * @param undoable staff may still undo this erasure (its date has not come)
 */
record PrivacyRequestResponse(String id, PrivacyRequested.Kind kind, String kindLabel,
		PrivacyRequest.RequestStatus status, String statusLabel, @Nullable String email, @Nullable String name,
		PrivacyRequest.RequestChannel channel, String channelLabel, Instant requestedAt, @Nullable Instant dueAt,
		@Nullable Instant completedAt, @Nullable Instant archiveExpiresAt, List<ServiceAnswer> services,
		List<String> waitingFor, boolean undoable) {

	/**
	 * @param label what the service holds, in French
	 */
	record ServiceAnswer(String service, String label, boolean answered, @Nullable Instant answeredAt,
			@Nullable String summary) {
	}

	static PrivacyRequestResponse of(PrivacyRequest request) {
		List<ServiceAnswer> services = request.expected().stream().map((service) -> {
			PrivacyRequest.Answer answer = request.answers().get(service);
			return new ServiceAnswer(service, Archives.label(service), answer != null,
					(answer != null) ? answer.answeredAt() : null, (answer != null) ? answer.summary() : null);
		}).toList();
		String name = (request.firstName() != null || request.lastName() != null) ? String.join(" ",
				java.util.stream.Stream.of(request.firstName(), request.lastName())
					.filter(java.util.Objects::nonNull)
					.toList())
				: null;
		return new PrivacyRequestResponse(request.id(), request.kind(), kindLabel(request.kind()), request.status(),
				statusLabel(request), request.email(), name, request.channel(), channelLabel(request.channel()),
				request.requestedAt(), request.dueAt(), request.completedAt(), request.archiveExpiresAt(), services,
				(request.status() == PrivacyRequest.RequestStatus.WAITING) ? request.waitingFor() : List.of(),
				request.kind() == PrivacyRequested.Kind.ERASURE
						&& request.status() == PrivacyRequest.RequestStatus.SCHEDULED);
	}

	private static String kindLabel(PrivacyRequested.Kind kind) {
		return (kind == PrivacyRequested.Kind.ERASURE) ? "Effacement des données" : "Export des données";
	}

	private static String statusLabel(PrivacyRequest request) {
		return switch (request.status()) {
			case SCHEDULED -> "Effacement prévu (annulable jusqu'à sa date)";
			case WAITING -> "En attente de réponses";
			case DONE -> (request.kind() == PrivacyRequested.Kind.ERASURE) ? "Données effacées" : "Archive prête";
			case CANCELLED -> "Annulée";
		};
	}

	private static String channelLabel(PrivacyRequest.RequestChannel channel) {
		return switch (channel) {
			case STAFF -> "Par l'équipe";
			case SELF -> "Par la personne (espace connecté)";
			case EMAIL_LINK -> "Par la personne (lien d'un e-mail)";
		};
	}

}
