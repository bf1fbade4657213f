package org.careloop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.system.Careloop.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The edges of the running services, with real Keycloak tokens: whose tokens each service takes, the one error shape
 * of 401 and 403, no Swagger UI in the packaged services, control characters refused, and the committed development
 * credentials refused at start.
 */
class ApiBoundarySystemTest {

    private static final List<String> SERVICES =
            List.of(SystemUnderTest.REVIEW_URL, SystemUnderTest.POLICY_URL, SystemUnderTest.INFERENCE_URL);

    @Test
    void reviewServiceRefusesATokenIssuedToAnotherClientOfTheRealmAndTakesTheUsualOne() {
        String foreign = Tokens.fromAnotherClient("alice", Tokens.OTHER_APP);
        assertThat(claims(foreign)).as("a token that only its audience betrays").containsEntry("azp", Tokens.OTHER_APP);
        assertThat(claims(foreign).get("realm_access").toString()).contains("patient");
        assertUnauthorized(given().baseUri(SystemUnderTest.REVIEW_URL)
                .auth()
                .oauth2(Tokens.fromAnotherClient("alice", Tokens.ADMIN_CLI))
                .get("/api/patient/messages")
                .then());
        assertUnauthorized(given().baseUri(SystemUnderTest.REVIEW_URL)
                .auth()
                .oauth2(foreign)
                .get("/api/patient/messages")
                .then());
        assertUnauthorized(given().baseUri(SystemUnderTest.REVIEW_URL)
                .auth()
                .oauth2(foreign)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "I have a headache."))
                .post("/api/patient/messages")
                .then());

        // The same user through careloop-cli, the client the API's users have.
        as("alice").get("/api/patient/messages").then().statusCode(200);
    }

    @Test
    void policyAndInferenceServicesRefuseAUserTokenFromAnyClient() {
        for (String token : List.of(
                Tokens.fromAnotherClient("carter", Tokens.OTHER_APP),
                Tokens.fromAnotherClient("carter", Tokens.ADMIN_CLI),
                Tokens.of("carter"))) {
            assertUnauthorized(given().baseUri(SystemUnderTest.POLICY_URL)
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("messageId", "x", "text", "I have a headache."))
                    .post("/screen")
                    .then());
            assertUnauthorized(given().baseUri(SystemUnderTest.INFERENCE_URL)
                    .auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "idempotencyKey", "system-test:" + System.nanoTime(), "messageText", "I have a headache."))
                    .post("/drafts")
                    .then());
        }
    }

    @Test
    void everyServiceAnswers401InTheErrorShape() {
        assertUnauthorized(given().baseUri(SystemUnderTest.REVIEW_URL)
                .get("/api/inbox/tasks")
                .then());
        assertUnauthorized(given().baseUri(SystemUnderTest.POLICY_URL)
                .contentType(ContentType.JSON)
                .body(Map.of("messageId", "x", "text", "x"))
                .post("/screen")
                .then());
        assertUnauthorized(given().baseUri(SystemUnderTest.INFERENCE_URL)
                .contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", "x", "messageText", "x"))
                .post("/drafts")
                .then());
        for (Map.Entry<String, String> call : Map.of(
                        SystemUnderTest.REVIEW_URL, "/api/inbox/tasks",
                        SystemUnderTest.POLICY_URL, "/policies/current",
                        SystemUnderTest.INFERENCE_URL, "/admin/knowledge-base/reload")
                .entrySet()) {
            String method = call.getValue().endsWith("reload") ? "POST" : "GET";
            assertUnauthorized(given().baseUri(call.getKey())
                    .auth()
                    .oauth2("not.a.token")
                    .request(method, call.getValue())
                    .then());
        }
    }

    @Test
    void aValidTokenWithTheWrongRoleIs403InTheErrorShape() {
        as("alice")
                .get("/api/inbox/tasks")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/json"))
                .body("error", equalTo("FORBIDDEN"))
                .body("message", notNullValue())
                .body("details", equalTo(Map.of()));
        as("carter").get("/api/admin/processes").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
    }

    @Test
    void noPackagedServiceServesSwaggerUiButEachPublishesItsOpenApiDocument() {
        for (String service : SERVICES) {
            given().baseUri(service)
                    .redirects()
                    .follow(false)
                    .get("/q/swagger-ui/")
                    .then()
                    .statusCode(404);
            given().baseUri(service)
                    .redirects()
                    .follow(false)
                    .get("/q/swagger-ui/index.html")
                    .then()
                    .statusCode(404);
            given().baseUri(service).get("/q/openapi").then().statusCode(200);
        }
    }

    @Test
    void aNulInAMessageOrADecisionIs400NamingTheFieldNot500() {
        as("alice")
                .body(Map.of("text", "I have a headache\u0000 since Monday."))
                .post("/api/patient/messages")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.violations.field", contains("text"));
        as("carter")
                .body(Map.of("action", "REJECT", "text", "Please rest.", "reason", "draft\u0000"))
                .post("/api/inbox/tasks/{id}/decision", "any")
                .then()
                .statusCode(400)
                .body("details.violations.field", contains("reason"));
    }

    @Test
    void aServiceRefusesToStartWithTheCommittedDatabasePasswordUnlessAllowed() throws Exception {
        Path root = Path.of(System.getProperty(
                        "careloop.launcher", Path.of("..", "careloop").toString()))
                .toAbsolutePath()
                .normalize()
                .getParent();
        Path jar = root.resolve("inference-service/target/quarkus-app/quarkus-run.jar");
        assertThat(jar).exists();
        Path log = Files.createTempFile("careloop-dev-secrets", ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("CARELOOP_DB_PASSWORD");
        builder.environment().put("CARELOOP_ALLOW_DEV_SECRETS", "false");
        builder.environment().put("QUARKUS_HTTP_PORT", "0");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(3, TimeUnit.MINUTES))
                    .as("inference-service stops at start")
                    .isTrue();
            assertThat(process.exitValue()).isNotZero();
            assertThat(read(log))
                    .contains("refusing to start with the development credentials")
                    .contains("quarkus.datasource.password (set CARELOOP_DB_PASSWORD)")
                    .contains("careloop.allow-dev-secrets=true");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static Map<String, Object> claims(String token) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return new ObjectMapper().readValue(payload, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType(startsWith("application/json"))
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("error", equalTo("UNAUTHORIZED"))
                .body("message", notNullValue())
                .body("details", equalTo(Map.of()));
    }
}
