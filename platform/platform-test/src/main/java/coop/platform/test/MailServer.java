package coop.platform.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real SMTP server mails are sent to (GreenMail), read back through its REST API; its
 * IMAP port serves the same mailboxes (login and password: the address, any password
 * while GreenMail runs without authentication).
 */
public record MailServer(String smtpHost, int smtpPort, int imapPort, String apiUrl) {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", this::smtpHost);
		registry.add("spring.mail.port", this::smtpPort);
	}

	/** Every message delivered so far to that address. */
	public List<ReceivedMail> inbox(String address) {
		String url = this.apiUrl + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
				+ "/messages/INBOX";
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 404 || response.statusCode() == 400) {
				return List.of();
			}
			List<ReceivedMail> mails = new ArrayList<>();
			JsonNode messages = json.readTree(response.body());
			if (!messages.isArray()) {
				// GreenMail answers an error object for an address that never received
				// anything
				return List.of();
			}
			for (JsonNode message : messages) {
				mails.add(ReceivedMail.parse(message.get("mimeMessage").asString()));
			}
			return mails;
		}
		catch (IOException ex) {
			throw new IllegalStateException("The mail catcher is not reachable at " + url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until that address has received at least {@code count} messages, then returns
	 * them all.
	 */
	public List<ReceivedMail> awaitInbox(String address, int count, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		List<ReceivedMail> mails = inbox(address);
		while (mails.size() < count && Instant.now().isBefore(deadline)) {
			sleep();
			mails = inbox(address);
		}
		return mails;
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
