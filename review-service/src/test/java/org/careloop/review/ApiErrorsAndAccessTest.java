package org.careloop.review;

import static io.restassured.RestAssured.given;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Validation errors in the one error shape, and who may call what. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class ApiErrorsAndAccessTest {

    @Test
    void shouldRefuseABlankMessage() {
        as("alice")
                .body(Map.of("text", "   "))
                .post("/api/patient/messages")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("message", notNullValue())
                .body("details", notNullValue());
    }

    @Test
    void shouldRefuseAMessageOverTwentyThousandCharacters() {
        as("alice")
                .body(Map.of("text", "a".repeat(20_001)))
                .post("/api/patient/messages")
                .then()
                .statusCode(413)
                .body("error", equalTo("PAYLOAD_TOO_LARGE"))
                .body("details.limit", equalTo(20_000));
    }

    @Test
    void shouldAcceptAMessageOfExactlyTwentyThousandCharacters() {
        as("alice")
                .body(Map.of("text", CareloopTestEnvironment.GREETING + "a".repeat(20_000 - 24)))
                .post("/api/patient/messages")
                .then()
                .statusCode(202);
    }

    @Test
    void shouldRefuseInvalidJson() {
        as("alice")
                .body("{\"text\": ")
                .post("/api/patient/messages")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_JSON"))
                .body("message", notNullValue());
    }

    @Test
    void shouldRefuseAMissingBody() {
        as("alice").post("/api/patient/messages").then().statusCode(400).body("error", equalTo("VALIDATION_FAILED"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "patient")
    void shouldForbidAPatientTheClinicianInbox() {
        given().get("/api/inbox/tasks").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "patient")
    void shouldUseThePrincipalNameAsPatientIdWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "hello"))
                .post("/api/patient/messages")
                .then()
                .statusCode(202);
        given().get("/api/patient/messages").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void shouldForbidAClinicianToSendAsAPatient() {
        as("carter")
                .body(Map.of("text", "hello"))
                .post("/api/patient/messages")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAnAnonymousCaller() {
        given().get("/api/patient/messages").then().statusCode(401).body("error", equalTo("UNAUTHORIZED"));
    }

    @Test
    void shouldRefuseAnUnknownDecision() {
        as("carter")
                .body(Map.of("action", "PUBLISH"))
                .post("/api/inbox/tasks/{id}/decision", "any")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldLetOnlyAdminsVerifyTheAuditTrail() {
        as("carter").get("/api/admin/audit/verify").then().statusCode(403);
        as("root-admin").get("/api/admin/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /** No profile override in the test profile: this is what prod serves unless CARELOOP_SWAGGER_UI=true. */
    @Test
    void shouldLetOnlyAdminsReadAMessagesAuditTrailAndRefuseAnIdThatIsNotOne() {
        String unknown = UUID.randomUUID().toString();
        as("carter")
                .queryParam("messageId", unknown)
                .get("/api/admin/audit/events")
                .then()
                .statusCode(403);
        as("root-admin")
                .queryParam("messageId", unknown)
                .get("/api/admin/audit/events")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        as("root-admin")
                .queryParam("messageId", "not-a-uuid")
                .get("/api/admin/audit/events")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.violations[0].field", equalTo("messageId"));
        as("root-admin")
                .get("/api/admin/audit/events")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void shouldNotServeSwaggerUiUnlessConfigured() {
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(404);
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void shouldPublishOpenApi() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/inbox/tasks/{id}/decision"));
    }
}
