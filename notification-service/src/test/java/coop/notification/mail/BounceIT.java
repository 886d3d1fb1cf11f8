package coop.notification.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import coop.notification.WithRealServers;
import coop.platform.contracts.members.Member;
import coop.platform.contracts.members.PrivacyRequested;
import coop.platform.test.Eventually;
import coop.platform.test.TestServers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bounces: a recipient an SMTP server refuses for good (550 to {@code RCPT TO}) is
 * recorded with the server's reply and the mail logged {@code BOUNCED}, not retried; a
 * temporary refusal (452) is left to the retries; non-essential mails then skip the
 * address while confirmations still go; staff see it in « Adresses en échec » and clear
 * it; a GDPR erasure deletes it.
 */
class BounceIT extends WithRealServers {

	@Autowired
	SentMails log;

	@Autowired
	Sender sender;

	@Autowired
	Clock clock;

	@Autowired
	MeterRegistry meters;

	@Autowired
	MailPreferences preferences;

	@Autowired
	UnsubscribeLinks links;

	@Autowired
	Bounces bounces;

	@Autowired
	Mailer mailer;

	@Value("${local.server.port}")
	int port;

	RefusingSmtpServer smtp;

	Mailer refusing;

	@BeforeEach
	void refusingServer() throws IOException {
		this.smtp = new RefusingSmtpServer();
		JavaMailSenderImpl javaMail = new JavaMailSenderImpl();
		javaMail.setHost("127.0.0.1");
		javaMail.setPort(this.smtp.port());
		this.refusing = new Mailer(javaMail, this.log, this.sender, this.clock, this.meters, this.preferences,
				this.links, this.bounces);
	}

	@AfterEach
	void stop() throws IOException {
		this.smtp.close();
	}

	@Test
	void aPermanentRefusalIsRecordedAndNonEssentialMailsSkipTheAddressUntilStaffClearIt() {
		String address = uniqueAddress("inexistant");
		UUID cause = UUID.randomUUID();
		this.refusing.send(cause, mail(MailKind.REGISTRATION_CONFIRMED, address));

		assertThat(outcomes(cause)).containsExactly("BOUNCED");
		assertThat(this.bounces.bounced(address.toUpperCase())).isTrue();
		assertThat(this.bounces.list()).filteredOn((b) -> b.address().equals(address))
			.singleElement()
			.satisfies((b) -> assertThat(b.reply()).startsWith("550 5.1.1"));

		// a reminder skips it, a confirmation still goes
		UUID reminder = UUID.randomUUID();
		this.mailer.send(reminder, mail(MailKind.REMINDER, address));
		assertThat(outcomes(reminder)).containsExactly("SKIPPED");
		UUID confirmation = UUID.randomUUID();
		this.mailer.send(confirmation, mail(MailKind.REGISTRATION_CONFIRMED, address));
		assertThat(outcomes(confirmation)).containsExactly("SENT");

		// staff see it and clear it; others may not
		RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
		String staff = "Bearer " + TestServers.keycloak().accessToken("camille.staff");
		client.get()
			.uri("/api/notifications/staff/bounces")
			.header("Authorization", "Bearer " + TestServers.keycloak().accessToken("marie.entrepreneur"))
			.exchange()
			.expectStatus()
			.isForbidden();
		client.get().uri("/api/notifications/staff/bounces").exchange().expectStatus().isUnauthorized();
		UUID id = this.bounces.list()
			.stream()
			.filter((b) -> b.address().equals(address))
			.findFirst()
			.orElseThrow()
			.id();
		client.get()
			.uri("/api/notifications/staff/bounces")
			.header("Authorization", staff)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[?(@.id=='" + id + "')].address")
			.isEqualTo(address)
			.jsonPath("$[?(@.id=='" + id + "')].failures")
			.isEqualTo(1);
		client.delete()
			.uri("/api/notifications/staff/bounces/" + id)
			.header("Authorization", staff)
			.exchange()
			.expectStatus()
			.isNoContent();
		client.delete()
			.uri("/api/notifications/staff/bounces/" + id)
			.header("Authorization", staff)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		client.delete()
			.uri("/api/notifications/staff/bounces/pas-un-identifiant")
			.header("Authorization", staff)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		UUID again = UUID.randomUUID();
		this.mailer.send(again, mail(MailKind.REMINDER, address));
		assertThat(outcomes(again)).containsExactly("SENT");
	}

	@Test
	void aTemporaryRefusalIsLeftToTheRetries() {
		String address = uniqueAddress("plein");
		UUID cause = UUID.randomUUID();
		assertThatThrownBy(() -> this.refusing.send(cause, mail(MailKind.REGISTRATION_CONFIRMED, address)))
			.isInstanceOf(MailSendException.class);
		assertThat(this.bounces.bounced(address)).isFalse();
		assertThat(outcomes(cause)).isEmpty();
	}

	@Test
	void anErasureDeletesTheAddressInFailure() {
		String address = uniqueAddress("inexistant");
		this.refusing.send(UUID.randomUUID(), mail(MailKind.REGISTRATION_CONFIRMED, address));
		assertThat(this.bounces.bounced(address)).isTrue();
		publish(new PrivacyRequested(UUID.randomUUID(), PrivacyRequested.Kind.ERASURE,
				new Member(null, null, null, address.toUpperCase()), Instant.now()));
		Eventually.await(() -> this.bounces.bounced(address), (bounced) -> !bounced, java.time.Duration.ofSeconds(20));
		assertThat(this.bounces.bounced(address)).isFalse();
	}

	private static OutgoingMail mail(MailKind kind, String to) {
		return new OutgoingMail(kind, to, "Essai", "Bonjour", "<p>Bonjour</p>", List.of());
	}

	private List<String> outcomes(UUID cause) {
		return this.jdbc.sql("select outcome from sent_mail where cause_id = ?")
			.param(cause)
			.query(String.class)
			.list();
	}

	/**
	 * An SMTP server that refuses for good every recipient whose address holds «
	 * inexistant » (550), for now those holding « plein » (452), and takes the others.
	 */
	static final class RefusingSmtpServer implements AutoCloseable {

		private final ServerSocket server;

		private final Thread thread;

		RefusingSmtpServer() throws IOException {
			this.server = new ServerSocket(0, 10, java.net.InetAddress.getLoopbackAddress());
			this.thread = new Thread(this::serve, "refusing-smtp");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		int port() {
			return this.server.getLocalPort();
		}

		private void serve() {
			while (!this.server.isClosed()) {
				try (Socket socket = this.server.accept()) {
					converse(socket);
				}
				catch (IOException ex) {
					// closed, or the client went away
				}
			}
		}

		private static void converse(Socket socket) throws IOException {
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII);
			reply(out, "220 refusing ESMTP");
			String line;
			boolean data = false;
			while ((line = in.readLine()) != null) {
				if (data) {
					if (line.equals(".")) {
						data = false;
						reply(out, "250 2.0.0 Ok");
					}
					continue;
				}
				String command = line.toUpperCase(java.util.Locale.ROOT);
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					reply(out, "250 refusing");
				}
				else if (command.startsWith("RCPT") && command.contains("INEXISTANT")) {
					reply(out, "550 5.1.1 Recipient address rejected: User unknown");
				}
				else if (command.startsWith("RCPT") && command.contains("PLEIN")) {
					reply(out, "452 4.2.2 Mailbox full");
				}
				else if (command.startsWith("DATA")) {
					data = true;
					reply(out, "354 End data with <CR><LF>.<CR><LF>");
				}
				else if (command.startsWith("QUIT")) {
					reply(out, "221 2.0.0 Bye");
					return;
				}
				else {
					reply(out, "250 2.0.0 Ok");
				}
			}
		}

		private static void reply(PrintWriter out, String line) {
			out.print(line + "\r\n");
			out.flush();
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
