package org.careloop.review.errors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.careloop.review.CareloopTestEnvironment;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/** Every error review-service's API answers has the contract's shape and code (docs/service-contracts.md, Errors). */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
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
                containsString(ErrorProbeResource.PATIENT_TEXT));
    }

    @Test
    void shouldAnswerBeanValidationFailuresWithTheViolations() {
        assertError(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("text", " ", "code", "ABCD"))
                                .post("/api/test/errors/validated")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("details.violations.field", contains("code", "text"))
                .body("details.violations.message", everyItem(not(emptyOrNullString())))
                .body("message", equalTo("code size must be between 0 and 3; text must not be blank"));
    }

    @Test
    void shouldAnswerTheServicesOwnValidationFailuresWithViolations() {
        assertError(
                        as("alice")
                                .body(Map.of("text", "   "))
                                .post("/api/patient/messages")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("details.violations", notNullValue());
        assertError(
                        as("sofia")
                                .queryParam("from", "2026-11-30")
                                .queryParam("to", "2026-11-01")
                                .get("/api/admin/oversight")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("details.violations.field", contains("from"))
                .body("details.violations.message", contains("must not be after to"));
    }

    @Test
    void shouldAnswerMalformedJson() {
        assertError(
                        as("alice")
                                .body("{\"text\": \"" + ErrorProbeResource.PATIENT_TEXT)
                                .post("/api/patient/messages")
                                .then(),
                        400,
                        "INVALID_JSON")
                .body("details.line", equalTo(1));
    }

    @Test
    void shouldAnswerJsonOfTheWrongShape() {
        assertError(
                        as("alice")
                                .body("{\"text\": {\"a\": 1}}")
                                .post("/api/patient/messages")
                                .then(),
                        400,
                        "INVALID_JSON")
                .body("details.field", equalTo("text"));
    }

    @Test
    void shouldAnswerAnUnsupportedMediaType() {
        assertError(
                as("alice")
                        .contentType(ContentType.TEXT)
                        .body("hello")
                        .post("/api/patient/messages")
                        .then(),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void shouldAnswerAnUnknownPath() {
        assertError(as("alice").get("/api/no-such-thing").then(), 404, "NOT_FOUND");
    }

    @Test
    void shouldAnswerAnUnknownResource() {
        assertError(as("carter").get("/api/inbox/tasks/{id}", "no-such-task").then(), 404, "NOT_FOUND");
    }

    @Test
    void shouldAnswerAMethodNotAllowed() {
        assertError(as("alice").delete("/api/patient/messages").then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void shouldAnswerATextOverTheLimit() {
        assertError(
                        as("alice")
                                .body(Map.of("text", "a".repeat(20_001)))
                                .post("/api/patient/messages")
                                .then(),
                        413,
                        "PAYLOAD_TOO_LARGE")
                .body("details.limit", equalTo(20_000));
    }

    /** Answered on the announced length, before the body is read: the raw request sends the headers only. */
    @Test
    void shouldAnswerABodyOverTheHttpLimit() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /api/patient/messages HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: " + (20 * 1024 * 1024)
                                    + "\r\n\r\n{\"text\": \"")
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
        assertError(given().get("/api/patient/messages").then(), 401, "UNAUTHORIZED")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldAnswerACallerWithABadToken() {
        assertError(
                        given().auth()
                                .oauth2("not-a-token")
                                .get("/api/patient/messages")
                                .then(),
                        401,
                        "UNAUTHORIZED")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldAnswerACallerOfTheWrongRole() {
        assertError(
                as("carter")
                        .body(Map.of("text", "hello"))
                        .post("/api/patient/messages")
                        .then(),
                403,
                "FORBIDDEN");
    }

    @Test
    void shouldAnswerAnUnexpectedFailureWithAReferenceOnly() {
        assertError(given().get("/api/test/errors/failure").then(), 500, "INTERNAL_ERROR")
                .body("details.reference", notNullValue());
    }

    @Test
    void shouldStillSendBrowsersWithoutASessionToTheLoginPage() {
        given().redirects()
                .follow(false)
                .get("/inbox")
                .then()
                .statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }
}
