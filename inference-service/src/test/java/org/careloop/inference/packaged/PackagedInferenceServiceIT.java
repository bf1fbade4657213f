package org.careloop.inference.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.support.testing.ServiceTokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged inference-service (the jar; the native executable with -Pnative), started as its own process with the
 * test profile: a grounded draft needs the knowledge base, its stored vectors, the prompt and the embedding model.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(ServiceTokens.class)
class PackagedInferenceServiceIT {

    private static final String CHEST_PAIN =
            "Hi, this is [NAME_1], DOB [DATE_1]. I have chest pain since this morning and it spreads into my left arm.";

    @Test
    void draftsAGroundedReplyForReviewService() {
        given().auth()
                .oauth2(ServiceTokens.reviewServiceToken("inference-service"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "idempotencyKey",
                        UUID.randomUUID().toString(),
                        "messageText",
                        CHEST_PAIN,
                        "redFlagCategories",
                        List.of("CHEST_PAIN")))
                .when()
                .post("/drafts")
                .then()
                .statusCode(200)
                .body("text", startsWith("Hello [NAME_1],"))
                .body("citations.passageId", hasItem("chest-pain-when-to-seek-care"))
                .body("provenance.provider", equalTo("offline"));
    }

    @Test
    void refusesACallWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("idempotencyKey", UUID.randomUUID().toString(), "messageText", CHEST_PAIN))
                .when()
                .post("/drafts")
                .then()
                .statusCode(401);
    }

    @Test
    void isReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
