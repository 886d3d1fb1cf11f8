package coop.notification.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param secret key that signs the links of the e-mails (preferences, one-click
 * unsubscribe)
 * @param validity how long such a link works after the mail was sent
 */
@ConfigurationProperties("coop.mail.links")
public record LinkProperties(String secret, @DefaultValue("400d") Duration validity) {
}
