package org.careloop.policy.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.careloop.support.testing.ServiceTokens;
import org.junit.jupiter.api.Test;

/**
 * The packaged policy-service (the jar; the native executable with -Pnative), started as its own process with the
 * test profile: what a native image could lose (resources, reflection, the ONNX runtime's JNI) is on these paths.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(ServiceTokens.class)
class PackagedPolicyServiceIT {

    private static final String MESSAGE =
            "Hi, this is John Smith, DOB 03/04/1961. I have chest pain since this morning.";

    @Test
    void screensAMessageFromReviewService() {
        given().auth()
                .oauth2(ServiceTokens.reviewServiceToken("policy-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("messageId", "packaged-1", "text", MESSAGE))
                .when()
                .post("/screen")
                .then()
                .statusCode(200)
                .body(
                        "deidentifiedText",
                        equalTo("Hi, this is [NAME_1], DOB [DATE_1]. I have chest pain since this morning."))
                .body("highestSeverity", equalTo("EMERGENCY"))
                .body("redFlags.category", hasItem("CHEST_PAIN"));
    }

    @Test
    void refusesACallWithoutAToken() {
        given().contentType(ContentType.JSON)
                .body(Map.of("messageId", "packaged-2", "text", MESSAGE))
                .when()
                .post("/screen")
                .then()
                .statusCode(401);
    }

    @Test
    void isReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
