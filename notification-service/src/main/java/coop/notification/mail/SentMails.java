package coop.notification.mail;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SentMails extends JpaRepository<SentMail, UUID> {

	long countByRecipient(String recipient);

}
