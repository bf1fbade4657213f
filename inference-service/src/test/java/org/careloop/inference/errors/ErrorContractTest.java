package org.careloop.inference.errors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/** Every error inference-service answers has the contract's shape and code (docs/service-contracts.md, Errors). */
@QuarkusTest
class ErrorContractTest {

    /** Status, JSON, code, a message, details, and nothing that reads like a stack trace, a class or the request. */
    static ValidatableResponse assertError(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType(ContentType.JSON)
                .body("error", equalTo(code))
                .body("message", allOf(notNullValue(), not(equalTo(""))))
                .body("details", notNullValue())
                .body(not(leaks()));
    }

    private static Matcher<String> leaks() {
        return anyOf(
                containsString("Exception"),
                containsString("\tat "),
                containsString("java."),
                containsString("org.careloop"),
                containsString("io.quarkus"),
                containsString("com.fasterxml"),
                containsString(ErrorProbeResource.MESSAGE_TEXT));
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static Map<String, Object> draft(String text) {
        return Map.of("idempotencyKey", UUID.randomUUID().toString(), "messageText", text);
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerValidationFailuresWithTheViolations() {
        assertError(json().body(Map.of("messageText", " ")).post("/drafts").then(), 400, "VALIDATION_FAILED")
                .body("details.violations.field", contains("idempotencyKey", "messageText"))
                .body("details.violations.message", contains("must not be blank", "must not be blank"))
                .body("message", equalTo("idempotencyKey must not be blank; messageText must not be blank"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerMalformedJson() {
        assertError(
                        json().body("{\"idempotencyKey\": \"k\", \"messageText\": \"" + ErrorProbeResource.MESSAGE_TEXT)
                                .post("/drafts")
                                .then(),
                        400,
                        "INVALID_JSON")
                .body("details.line", equalTo(1));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerJsonOfTheWrongShape() {
        assertError(
                        json().body("{\"idempotencyKey\": \"k\", \"messageText\": {\"a\": 1}}")
                                .post("/drafts")
                                .then(),
                        400,
                        "INVALID_JSON")
                .body("details.field", equalTo("messageText"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerAnUnsupportedMediaType() {
        assertError(
                given().contentType(ContentType.TEXT)
                        .body("hello")
                        .post("/drafts")
                        .then(),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerAnUnknownPath() {
        assertError(given().get("/no-such-thing").then(), 404, "NOT_FOUND");
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerAMethodNotAllowed() {
        assertError(given().get("/drafts").then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerATextOverTheLimit() {
        assertError(json().body(draft("a".repeat(20_001))).post("/drafts").then(), 413, "PAYLOAD_TOO_LARGE")
                .body("details.field", equalTo("messageText"))
                .body("details.limit", equalTo(20_000));
    }

    /** Answered on the announced length, before the body is read: the raw request sends the headers only. */
    @Test
    void shouldAnswerABodyOverTheHttpLimit() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /drafts HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: " + (20 * 1024 * 1024)
                                    + "\r\n\r\n{\"messageText\": \"")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/json");
            JsonPath body = JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(body.getString("error")).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(body.getString("message")).isNotBlank();
            assertThat(body.getLong("details.limit")).isEqualTo(10_240 * 1024L);
        }
    }

    @Test
    void shouldAnswerACallerWithoutAToken() {
        assertError(json().body(draft("My back hurts.")).post("/drafts").then(), 401, "UNAUTHORIZED")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldAnswerACallerWithABadToken() {
        assertError(
                        json().auth()
                                .oauth2("not-a-token")
                                .body(draft("My back hurts."))
                                .post("/drafts")
                                .then(),
                        401,
                        "UNAUTHORIZED")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "clinician")
    void shouldAnswerACallerOfTheWrongRole() {
        assertError(json().body(draft("My back hurts.")).post("/drafts").then(), 403, "FORBIDDEN");
    }

    @Test
    void shouldAnswerAnUnexpectedFailureWithAReferenceOnly() {
        assertError(given().get("/test/errors/failure").then(), 500, "INTERNAL_ERROR")
                .body("details.reference", notNullValue());
    }
}
