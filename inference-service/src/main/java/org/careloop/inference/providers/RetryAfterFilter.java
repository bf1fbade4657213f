package org.careloop.inference.providers;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The model clients turn an error response into an exception that keeps the status and body but drops the
 * headers, so a 429's {@code Retry-After} would be lost. This filter (registered for every REST client of this
 * service, which are only the model clients) appends the wait to the body for {@link ModelFailures} to read.
 */
@Provider
public class RetryAfterFilter implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        if (response.getStatus() != 429) {
            return;
        }
        long millis = retryAfterMillis(response.getHeaderString("Retry-After"));
        if (millis < 0) {
            return;
        }
        byte[] body = response.hasEntity() ? response.getEntityStream().readAllBytes() : new byte[0];
        String marked = new String(body, StandardCharsets.UTF_8) + "\ncareloop-retry-after-ms=" + millis;
        response.setEntityStream(new ByteArrayInputStream(marked.getBytes(StandardCharsets.UTF_8)));
    }

    /** Seconds or an HTTP date; -1 when absent or unreadable. */
    static long retryAfterMillis(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        String value = header.strip();
        try {
            return Math.max(0, Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(
                        0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
            } catch (RuntimeException notDate) {
                return -1;
            }
        }
    }
}
