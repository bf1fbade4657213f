package org.careloop.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the careloop realm through the dev-only public client's password grant, renewed. */
public final class Tokens {

    private static final String TOKEN_PATH = "/realms/careloop/protocol/openid-connect/token";

    private record Issued(String token, Instant renewAt) {}

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String password;
    private final Map<String, Issued> cache = new ConcurrentHashMap<>();

    public Tokens(HttpClient http, String keycloakUrl, String clientId, String password) {
        this.http = http;
        this.tokenEndpoint = URI.create(keycloakUrl.replaceAll("/$", "") + TOKEN_PATH);
        this.clientId = clientId;
        this.password = password;
    }

    public String of(String username) {
        return cache.compute(
                        username,
                        (user, issued) -> issued != null && Instant.now().isBefore(issued.renewAt())
                                ? issued
                                : passwordGrant(user))
                .token();
    }

    private Issued passwordGrant(String username) {
        String form = "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(username) + "&password="
                + enc(password);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " at " + tokenEndpoint
                        + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode body = Json.MAPPER.readTree(response.body());
            // Renew at two thirds of the lifetime so no request goes out with a token about to expire.
            long lifetime = body.path("expires_in").asLong(300);
            return new Issued(body.get("access_token").asText(), Instant.now().plusSeconds(lifetime * 2 / 3));
        } catch (IOException e) {
            throw new IllegalStateException("no token from " + tokenEndpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while getting a token", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
