package coop.resources.search.filetext;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the text extraction.
 *
 * @param maxFileSize larger files are not read (their text is not searchable)
 * @param maxChars the text kept per file; the rest is cut
 * @param timeout the time one file may take; a slower one fails and the next file goes on
 * @param maxAttempts failed attempts before giving up on a file (until it changes)
 * @param retryDelay the delay before the first retry, doubled at each failure
 */
@ConfigurationProperties("coop.search.extraction")
public record ExtractionProperties(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("1000000") int maxChars,
		@DefaultValue("60s") Duration timeout, @DefaultValue("4") int maxAttempts,
		@DefaultValue("10m") Duration retryDelay) {
}
