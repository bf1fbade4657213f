package org.careloop.review.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.careloop.review.CareloopTestEnvironment;
import org.careloop.review.TestUserMechanism;
import org.junit.jupiter.api.Test;

/** The admin page: definitions, the editor's verify and deploy endpoints, incidents and the audit check. */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class AdminPageTest {

    private static final String ADMIN = "root-admin;sub-root;Root Admin;admin";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private static final Pattern EDITOR = Pattern.compile("href=\"/admin/editor\\?definition=(patient-reply:[^\"]+)\"");

    @Test
    void shouldVerifyAndDeployFromTheEditorAndRefuseABypass() {
        Response page = given().header(TestUserMechanism.HEADER, ADMIN).get("/admin");
        page.then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"));
        String html = page.asString();
        assertThat(html).contains("patient-reply").contains("review-routing").contains("Check the audit chain");
        Matcher editorLink = EDITOR.matcher(html);
        assertThat(editorLink.find()).isTrue();
        String definitionId = editorLink.group(1);
        String cookie = page.getCookie(Csrf.COOKIE);
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).isTrue();

        as("root-admin")
                .get("/admin/editor?definition={id}", definitionId)
                .then()
                .statusCode(200)
                .body(containsString("/vendor/bpmn-js/bpmn-modeler.production.min.js"))
                .body(containsString("data-file-name=\"patient-reply.bpmn\""));
        String xml = as("root-admin")
                .get("/admin/definitions/{id}/xml", definitionId)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(xml).contains("Task_ReleaseReply");

        String bypass = Bpmn.convertToString(Bpmn.createExecutableProcess("page-bypass")
                .camundaHistoryTimeToLive(30)
                .startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_DraftReply")
                .camundaDelegateExpression("${draftReplyDelegate}")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .done());
        // No token, no check.
        given().header(TestUserMechanism.HEADER, ADMIN)
                .cookie(Csrf.COOKIE, cookie)
                .contentType("application/xml")
                .body(bypass)
                .post("/admin/verify")
                .then()
                .statusCode(403);
        given().header(TestUserMechanism.HEADER, ADMIN)
                .cookie(Csrf.COOKIE, cookie)
                .header(Csrf.HEADER, token.group(1))
                .contentType("application/xml")
                .body(bypass)
                .post("/admin/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("violations.rule", hasItem("RELEASE_WITHOUT_REVIEW"));
        given().header(TestUserMechanism.HEADER, ADMIN)
                .cookie(Csrf.COOKIE, cookie)
                .header(Csrf.HEADER, token.group(1))
                .contentType("application/xml")
                .body(bypass)
                .post("/admin/deploy?name=page-bypass.bpmn")
                .then()
                .statusCode(422)
                .body("error", equalTo("MODEL_REJECTED"))
                .body("details.violations.rule", hasItem("RELEASE_WITHOUT_REVIEW"));

        given().header(TestUserMechanism.HEADER, ADMIN)
                .cookie(Csrf.COOKIE, cookie)
                .header(Csrf.HEADER, token.group(1))
                .contentType("application/xml")
                .body(xml)
                .post("/admin/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true));
        String renamed = xml.replace("name=\"Review the draft\"", "name=\"Review the draft reply\"");
        given().header(TestUserMechanism.HEADER, ADMIN)
                .cookie(Csrf.COOKIE, cookie)
                .header(Csrf.HEADER, token.group(1))
                .contentType("application/xml")
                .body(renamed.equals(xml) ? xml + "\n<!-- changed -->" : renamed)
                .post("/admin/deploy?name=patient-reply.bpmn")
                .then()
                .statusCode(201)
                .body("definitions[0].key", equalTo("patient-reply"));
    }

    @Test
    void shouldCheckTheAuditChainOnThePage() {
        as("root-admin").get("/admin?audit=check").then().statusCode(200).body(containsString("The chain is intact"));
    }
}
