package org.careloop.inference.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnowledgeBaseAdminResourceTest {

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void shouldReloadTheKnowledgeBaseAndReportItsVersion() {
        given().post("/admin/knowledge-base/reload")
                .then()
                .statusCode(200)
                .body("knowledgeBaseVersion", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("passageCount", greaterThanOrEqualTo(40));
    }

    @Test
    void shouldBeReadyWithTheKnowledgeBaseVersionInHealth() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'knowledge-base' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'knowledge-base' }.data.provider", equalTo("offline"))
                .body("checks.find { it.name == 'knowledge-base' }.data.passages", greaterThanOrEqualTo(40));
    }

    @Test
    @TestSecurity(user = "alice", roles = "clinician")
    void shouldNotLetAClinicianReload() {
        given().post("/admin/knowledge-base/reload").then().statusCode(403).body("error", equalTo("FORBIDDEN"));
    }

    /** No profile override in the test profile: this is what prod serves unless CARELOOP_SWAGGER_UI=true. */
    @Test
    void shouldKeepOpenApiPublicButNotServeSwaggerUiUnlessConfigured() {
        given().get("/q/openapi").then().statusCode(200);
        given().redirects().follow(false).get("/q/swagger-ui/").then().statusCode(404);
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(404);
    }

    @Test
    void shouldAnswer401WithoutIdentity() {
        given().post("/admin/knowledge-base/reload").then().statusCode(401);
    }
}
