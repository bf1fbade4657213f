package org.careloop.system;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the careloop realm: users through the dev-only public client's direct grant (and, to be
 * refused, through another client), review-service through its client credentials.
 */
final class Tokens {

    static final String DEMO_PASSWORD = "careloop-demo";
    private static final String TOKEN_PATH = "/realms/careloop/protocol/openid-connect/token";
    /** Tokens live five minutes in the realm; a cached one is renewed well before that. */
    private static final Duration RENEW_AFTER = Duration.ofMinutes(3);

    private static final Map<String, Issued> CACHE = new ConcurrentHashMap<>();

    private record Issued(String token, Instant at) {
        boolean fresh() {
            return at.plus(RENEW_AFTER).isAfter(Instant.now());
        }
    }

    private Tokens() {}

    static String of(String username) {
        return CACHE.compute(
                        username,
                        (user, issued) -> issued != null && issued.fresh()
                                ? issued
                                : new Issued(passwordGrant(user), Instant.now()))
                .token();
    }

    /** Issues every cached user's token again now, so that each lives its full five minutes (before an outage). */
    static void renewCached() {
        CACHE.replaceAll((user, issued) -> new Issued(passwordGrant(user), Instant.now()));
    }

    private static String passwordGrant(String username) {
        return given().baseUri(SystemUnderTest.KEYCLOAK_URL)
                .formParam("grant_type", "password")
                .formParam("client_id", "careloop-cli")
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post(TOKEN_PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** Clients of the realm that are not careloop's: the realm's dev-only stand-in, and Keycloak's own CLI. */
    static final String OTHER_APP = "other-clinic-app";

    static final String ADMIN_CLI = "admin-cli";

    /**
     * A real token of the user from another client of the realm. {@value #OTHER_APP}'s carries the user's realm roles
     * (a patient's token says patient) but not careloop's audiences.
     */
    static String fromAnotherClient(String username, String clientId) {
        return given().baseUri(SystemUnderTest.KEYCLOAK_URL)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", DEMO_PASSWORD)
                .post(TOKEN_PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    static String reviewServiceAccount() {
        return given().baseUri(SystemUnderTest.KEYCLOAK_URL)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "review-service")
                .formParam("client_secret", "dev-only-review-service-secret")
                .post(TOKEN_PATH)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
