package org.careloop.policy.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class PolicyResourceTest {

    /** The policy version every response and record names; the other tests compare with this one. */
    public static final String CURRENT = "2026.12-6";

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldShowThePolicyVersionAndTheVersionOfEachCatalogue() {
        given().when()
                .get("/policies/current")
                .then()
                .statusCode(200)
                .body("version", equalTo(CURRENT))
                .body("catalogues.redFlags", equalTo("2026.12-6"))
                .body("catalogues.deidentification", equalTo("2026.12-6"))
                .body("catalogues.promptInjection", notNullValue())
                .body("catalogues.draftRules", notNullValue())
                .body("catalogues.stigmatisingTerms", notNullValue())
                .body("catalogues.draftLexicon", equalTo("2026.12-2"))
                .body("catalogues.triageExemplars", equalTo("2026.12-5"))
                .body("catalogues.draftRules", equalTo("2026.12-6"))
                .body("catalogues.draftExemplars", equalTo("2026.12-6"));
    }

    @Test
    void shouldAnswer401WithoutAToken() {
        given().when().get("/policies/current").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void shouldAnswer403ToACallerWithoutTheInternalServiceRole() {
        given().when().get("/policies/current").then().statusCode(403);
    }

    @Test
    void shouldKeepHealthAndOpenApiPublic() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    /** No profile override in the test profile: this is what prod serves unless CARELOOP_SWAGGER_UI=true. */
    @Test
    void shouldNotServeSwaggerUiUnlessConfigured() {
        given().redirects().follow(false).when().get("/q/swagger-ui/").then().statusCode(404);
        given().redirects().follow(false).when().get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void shouldRecordThePolicyVersionItStartedWith() {
        PolicyVersionRecord record = PolicyVersionRecord.findById(CURRENT);
        org.assertj.core.api.Assertions.assertThat(record).isNotNull();
        org.assertj.core.api.Assertions.assertThat(record.catalogueVersions).containsKeys("redFlags", "draftRules");
    }
}
