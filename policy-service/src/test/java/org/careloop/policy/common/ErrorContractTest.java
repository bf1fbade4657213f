package org.careloop.policy.common;

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
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/** Every error policy-service answers has the contract's shape and code (docs/service-contracts.md, Errors). */
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

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerValidationFailuresWithTheViolations() {
        assertError(
                        json().body(Map.of("messageId", "m-1", "text", " "))
                                .post("/screen")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("details.violations.field", contains("text"))
                .body("details.violations.message", contains("must not be blank"))
                .body("message", equalTo("text must not be blank"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerMalformedJson() {
        assertError(
                        json().body("{\"messageId\": \"m-2\", \"text\": \"" + ErrorProbeResource.MESSAGE_TEXT)
                                .post("/screen")
                                .then(),
                        400,
                        "INVALID_JSON")
                .body("details.line", equalTo(1));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerJsonOfTheWrongShape() {
        assertError(
                        json().body("{\"messageId\": \"m-3\", \"text\": {\"a\": 1}}")
                                .post("/screen")
                                .then(),
                        400,
                        "INVALID_JSON")
                .body("details.field", equalTo("text"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerAnUnsupportedMediaType() {
        assertError(
                given().contentType(ContentType.TEXT)
                        .body("hello")
                        .post("/screen")
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
        assertError(given().get("/screen").then(), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswerATextOverTheLimit() {
        assertError(
                        json().body(Map.of("messageId", "m-4", "text", "a".repeat(20_001)))
                                .post("/screen")
                                .then(),
                        413,
                        "PAYLOAD_TOO_LARGE")
                .body("details.field", equalTo("text"))
                .body("details.limit", equalTo(20_000));
    }

    /** Answered on the announced length, before the body is read: the raw request sends the headers only. */
    @Test
    void shouldAnswerABodyOverTheHttpLimit() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /screen HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: " + (1024 * 1024)
                                    + "\r\n\r\n{\"text\": \"")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/json");
            JsonPath body = JsonPath.from(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(body.getString("error")).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(body.getString("message")).isNotBlank();
            assertThat(body.getLong("details.limit")).isEqualTo(256 * 1024L);
        }
    }

    @Test
    void shouldAnswerACallerWithoutAToken() {
        assertError(
                        json().body(Map.of("messageId", "m-5", "text", "hello"))
                                .post("/screen")
                                .then(),
                        401,
                        "UNAUTHORIZED")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldAnswerACallerWithABadToken() {
        assertError(
                        json().auth()
                                .oauth2("not-a-token")
                                .body(Map.of("messageId", "m-6", "text", "hello"))
                                .post("/screen")
                                .then(),
                        401,
                        "UNAUTHORIZED")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    @TestSecurity(user = "some-clinician", roles = "clinician")
    void shouldAnswerACallerOfTheWrongRole() {
        assertError(
                json().body(Map.of("messageId", "m-7", "text", "hello"))
                        .post("/screen")
                        .then(),
                403,
                "FORBIDDEN");
    }

    @Test
    void shouldAnswerAnUnexpectedFailureWithAReferenceOnly() {
        assertError(given().get("/test/errors/failure").then(), 500, "INTERNAL_ERROR")
                .body("details.reference", notNullValue());
    }
}
