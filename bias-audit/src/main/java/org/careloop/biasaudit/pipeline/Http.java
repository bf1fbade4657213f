package org.careloop.biasaudit.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.careloop.biasaudit.Json;

/**
 * JSON over HTTP with a bearer token. A 5xx or no answer is tried again (three attempts, one and then four seconds
 * apart), as review-service's own calls are; a 4xx is the caller's mistake and fails at once with the service's
 * error code.
 */
public final class Http {

    private static final int ATTEMPTS = 3;

    private final HttpClient client;
    private final Duration timeout;

    public Http(Duration timeout) {
        this.client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.timeout = timeout;
    }

    public HttpClient client() {
        return client;
    }

    public JsonNode postJson(URI uri, Object body, Supplier<String> token) {
        String json = Json.write(body);
        RemoteCallException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            if (attempt > 1) {
                pause(attempt == 2 ? 1_000 : 4_000);
            }
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token.get())
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Json.MAPPER.readTree(response.body());
                }
                last = new RemoteCallException(uri, status, errorCode(response.body()));
                if (status < 500) {
                    throw last;
                }
            } catch (IOException e) {
                last = new RemoteCallException(uri, 0, e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteCallException(uri, 0, "interrupted");
            }
        }
        throw last;
    }

    private static String errorCode(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node.path("error").asText("")
                    + (node.hasNonNull("message") ? ": " + node.get("message").asText() : "");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
