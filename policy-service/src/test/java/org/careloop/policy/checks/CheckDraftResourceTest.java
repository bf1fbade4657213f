package org.careloop.policy.checks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.careloop.policy.policy.PolicyResourceTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckDraftResourceTest {

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldFindDosingAdviceWithItsSpanAndRateTheDraftHighRisk() {
        String draft = "Hello [NAME_1], take 400 mg of ibuprofen every 6 hours for the pain.";
        int start = draft.indexOf("400 mg");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "messageText",
                        "Hi, this is [NAME_1]. My knee hurts.",
                        "draftText",
                        draft,
                        "citations",
                        List.of(Map.of("passageId", "knee-pain", "start", 16, "end", draft.length())),
                        "redFlags",
                        List.of()))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(200)
                .body("policyVersion", equalTo(PolicyResourceTest.CURRENT))
                .body("riskLevel", equalTo("HIGH"))
                .body("findings.type", hasItem("DOSING_ADVICE"))
                .body(
                        "findings.find { it.type == 'DOSING_ADVICE' && it.start == " + start + " }.end",
                        equalTo(start + "400 mg".length()))
                .body("findings.find { it.type == 'DOSING_ADVICE' }.severity", equalTo("HIGH"))
                .body("findings.find { it.type == 'DOSING_ADVICE' }.explanation", containsString("dose"))
                .body("findings.type", not(hasItem("UNCITED_CLAIM")))
                .body("readingGrade", notNullValue());
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldRateACitedPlainDraftLowRisk() {
        String draft = "Hello [NAME_1]. A sore throat often gets better in a week. Drink warm fluids and rest. "
                + "If it gets worse, please contact your care team.";
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "draftText",
                        draft,
                        "citations",
                        List.of(Map.of("passageId", "sore-throat", "start", 16, "end", 86))))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(200)
                .body("riskLevel", equalTo("LOW"))
                .body("findings.size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldFlagAnEmergencyTheDraftDoesNotAddress() {
        String draft = "Hello [NAME_1]. Chest pain can have many causes. Your care team will review this.";
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "draftText",
                        draft,
                        "citations",
                        List.of(),
                        "redFlags",
                        List.of(Map.of(
                                "category",
                                "CHEST_PAIN",
                                "severity",
                                "EMERGENCY",
                                "start",
                                42,
                                "end",
                                52,
                                "ruleId",
                                "chest-pain-01"))))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(200)
                .body("riskLevel", equalTo("HIGH"))
                .body("findings.type", hasItem("EMERGENCY_NOT_ADDRESSED"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldFlagAnIdentifierThatIsNotAPlaceholder() {
        String draft = "Hello [NAME_1], we will call you at 555-201-7788 tomorrow.";
        given().contentType(ContentType.JSON)
                .body(Map.of("draftText", draft))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(200)
                .body("findings.find { it.type == 'IDENTIFIER_LEAK' }.start", equalTo(draft.indexOf("555")))
                .body("findings.find { it.type == 'IDENTIFIER_LEAK' }.explanation", not(containsString("555")));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldSuggestAPersonFirstAlternativeForAStigmatisingTerm() {
        given().contentType(ContentType.JSON)
                .body(Map.of("draftText", "Many diabetics find that walking after meals helps."))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(200)
                .body(
                        "findings.find { it.type == 'STIGMATISING_LANGUAGE' }.suggestion",
                        equalTo("person with diabetes"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswer400WhenDraftTextIsBlank() {
        given().contentType(ContentType.JSON)
                .body(Map.of("draftText", ""))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("message", containsString("draftText"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswer400NamingTheFieldForAControlCharacterInAnyText() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("draftText", "Rest\u0000 well."),
                Map.of("draftText", "Rest well.", "messageText", "Headache\u0007"),
                Map.of(
                        "draftText",
                        "Rest well.",
                        "citations",
                        List.of(Map.of("passageId", "fever\u0000", "start", 0, "end", 4))),
                Map.of("draftText", "Rest well.", "redFlags", List.of(Map.of("category", "CHEST\u001bPAIN"))))) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .post("/check-draft")
                    .then()
                    .statusCode(400)
                    .body("error", equalTo("VALIDATION_FAILED"))
                    .body("details.violations.size()", equalTo(1));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "draftText",
                        "Rest well.",
                        "redFlags",
                        List.of(Map.of("category", "CHEST_PAIN"), Map.of("category", "CHEST\u001bPAIN"))))
                .post("/check-draft")
                .then()
                .statusCode(400)
                .body("details.violations[0].field", equalTo("redFlags[1].category"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswer400ForTooManyCitationsOrRedFlagsAndForAnOverLongId() {
        List<Map<String, Object>> citations =
                java.util.Collections.nCopies(101, Map.of("passageId", "fever-in-adults", "start", 0, "end", 4));
        given().contentType(ContentType.JSON)
                .body(Map.of("draftText", "Rest well.", "citations", citations))
                .post("/check-draft")
                .then()
                .statusCode(400)
                .body("details.violations[0].field", equalTo("citations"));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "draftText",
                        "Rest well.",
                        "citations",
                        List.of(Map.of("passageId", "p".repeat(201), "start", 0, "end", 4))))
                .post("/check-draft")
                .then()
                .statusCode(400)
                .body("details.violations[0].field", equalTo("citations[0].passageId"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswer413WhenDraftTextIsLongerThan20000Characters() {
        given().contentType(ContentType.JSON)
                .body(Map.of("draftText", "x".repeat(20_001)))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(413)
                .body("error", equalTo("PAYLOAD_TOO_LARGE"))
                .body("message", equalTo("draftText is 20 001 characters; the limit is 20 000"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswer400ForInvalidJson() {
        given().contentType(ContentType.JSON)
                .body("{draftText: nope")
                .when()
                .post("/check-draft")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_JSON"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldAnswer400ForAnUnknownSeverity() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "draftText", "Hello.", "redFlags", List.of(Map.of("category", "X", "severity", "CRITICAL"))))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_JSON"))
                .body("message", containsString("redFlags"));
    }

    @Test
    void shouldAnswer401WithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("draftText", "Hello."))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(401);
    }

    @Test
    @TestSecurity(user = "a-patient", roles = "patient")
    void shouldAnswer403ToACallerWithoutTheInternalServiceRole() {
        given().contentType(ContentType.JSON)
                .body(Map.of("draftText", "Hello."))
                .when()
                .post("/check-draft")
                .then()
                .statusCode(403);
    }
}
