package org.careloop.biasaudit.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.careloop.biasaudit.Json;

/**
 * A token from the careloop realm, renewed at two thirds of its lifetime: review-service's client credentials (the
 * only caller policy- and inference-service accept), or an admin's password grant through the dev-only public client
 * (to record the report in review-service).
 */
public final class Tokens implements Supplier<String> {

    private static final String TOKEN_PATH = "/realms/careloop/protocol/openid-connect/token";

    private final Http http;
    private final URI endpoint;
    private final String form;
    private final String who;
    private String token;
    private Instant renewAt = Instant.MIN;

    private Tokens(Http http, String keycloakUrl, String form, String who) {
        this.http = http;
        this.endpoint = URI.create(keycloakUrl.replaceAll("/$", "") + TOKEN_PATH);
        this.form = form;
        this.who = who;
    }

    public static Tokens clientCredentials(Http http, String keycloakUrl, String clientId, String secret) {
        return new Tokens(
                http,
                keycloakUrl,
                "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret=" + enc(secret),
                "client " + clientId);
    }

    public static Tokens password(Http http, String keycloakUrl, String clientId, String user, String password) {
        return new Tokens(
                http,
                keycloakUrl,
                "grant_type=password&client_id=" + enc(clientId) + "&username=" + enc(user) + "&password="
                        + enc(password),
                "user " + user);
    }

    @Override
    public synchronized String get() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            issue();
        }
        return token;
    }

    private void issue() {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.client().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Keycloak refused a token for " + who + " at " + endpoint + ": " + response.statusCode());
            }
            JsonNode body = Json.MAPPER.readTree(response.body());
            token = body.get("access_token").asText();
            renewAt = Instant.now().plusSeconds(body.path("expires_in").asLong(300) * 2 / 3);
        } catch (IOException e) {
            throw new IllegalStateException("no token from " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while getting a token", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
