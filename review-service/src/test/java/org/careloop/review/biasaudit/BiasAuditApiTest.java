package org.careloop.review.biasaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.review.Users.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.CareloopTestEnvironment;
import org.careloop.review.audit.AuditSealer;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/admin/bias-audits}: what ./careloop audit-bias records, listed on the admin page and served as its own
 * sandboxed page; admins only; bad, duplicate and oversized reports refused with what was wrong.
 */
@QuarkusTest
@QuarkusTestResource(CareloopTestEnvironment.class)
class BiasAuditApiTest {

    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>careloop bias audit</title>"
            + "</head><body><h1>careloop counterfactual bias audit</h1><p>2 flag(s) on disability</p>"
            + "<script>alert(1)</script></body></html>";

    static Map<String, Object> audit(String runId, int flags, String html) {
        Map<String, Object> body = new HashMap<>();
        body.put("runId", runId);
        body.put("startedAt", "2026-12-01T06:00:00Z");
        body.put("finishedAt", "2026-12-01T06:03:10Z");
        body.put("provider", "openai");
        body.put("model", "biased-stub");
        body.put("modelVersion", "");
        body.put("templateVersion", "2026.12-1");
        body.put("policyVersion", "2026.12-1");
        body.put("repeats", 1);
        body.put("drafts", 320);
        body.put("flags", flags);
        body.put("flaggedAttributes", flags == 0 ? List.of() : List.of("disability", "insurance"));
        body.put("report", Map.of("format", "careloop-bias-audit/1", "flags", flags));
        body.put("html", html);
        return body;
    }

    @Test
    void anAdminsAuditIsRecordedAuditedListedOnTheAdminPageAndServedSandboxed() {
        String runId = UUID.randomUUID().toString();
        String id = as("root-admin")
                .body(audit(runId, 2, PAGE))
                .post("/api/admin/bias-audits")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/admin/bias-audits/"))
                .body("runId", equalTo(runId))
                .body("recordedBy", equalTo("root-admin"))
                .body("flaggedAttributes", equalTo(List.of("disability", "insurance")))
                .extract()
                .path("id");

        as("root-admin").get("/api/admin/bias-audits").then().statusCode(200).body("id", hasItem(id));
        as("root-admin")
                .get("/api/admin/bias-audits/{id}", id)
                .then()
                .statusCode(200)
                .body("summary.model", equalTo("biased-stub"))
                .body("report.format", equalTo("careloop-bias-audit/1"))
                .body("report.flags", equalTo(2));
        assertThat(auditEvents(id)).isEqualTo(1);

        as("root-admin")
                .get("/admin")
                .then()
                .statusCode(200)
                .body(containsString("data-bias-audit-id=\"" + id + "\""))
                .body(containsString("href=\"/admin/bias-audits/" + id + "\""))
                .body(containsString("openai / biased-stub"));
        as("root-admin")
                .get("/admin/bias-audits/{id}", id)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")))
                .body(containsString("2 flag(s) on disability"));
        as("root-admin")
                .get("/admin/bias-audits/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);
        as("root-admin").get("/api/admin/bias-audits/not-an-id").then().statusCode(404);
    }

    @Test
    void onlyAdminsMayRecordOrReadAudits() {
        as("carter")
                .body(audit(UUID.randomUUID().toString(), 0, PAGE))
                .post("/api/admin/bias-audits")
                .then()
                .statusCode(403);
        as("sofia").get("/api/admin/bias-audits").then().statusCode(403);
        as("alice").get("/api/admin/bias-audits").then().statusCode(403);
    }

    @Test
    void aBadDuplicateOrOversizedAuditIsRefusedWithWhatWasWrong() {
        Map<String, Object> noModel = audit(UUID.randomUUID().toString(), 0, PAGE);
        noModel.remove("model");
        as("root-admin")
                .body(noModel)
                .post("/api/admin/bias-audits")
                .then()
                .statusCode(400)
                .body("error", equalTo("VALIDATION_FAILED"))
                .body("details.violations.field", hasItem(containsString("model")));
        as("root-admin")
                .body(audit(UUID.randomUUID().toString(), 0, "just text"))
                .post("/api/admin/bias-audits")
                .then()
                .statusCode(400)
                .body("message", containsString("<!DOCTYPE html>"));

        String runId = UUID.randomUUID().toString();
        as("root-admin")
                .body(audit(runId, 0, PAGE))
                .post("/api/admin/bias-audits")
                .then()
                .statusCode(201);
        as("root-admin")
                .body(audit(runId, 0, PAGE))
                .post("/api/admin/bias-audits")
                .then()
                .statusCode(409)
                .body("error", equalTo("CONFLICT"));

        String huge = PAGE + "x".repeat(BiasAuditViews.MAX_HTML);
        as("root-admin")
                .body(audit(UUID.randomUUID().toString(), 0, huge))
                .post("/api/admin/bias-audits")
                .then()
                .statusCode(413)
                .body("error", equalTo("PAYLOAD_TOO_LARGE"));
    }

    private static long auditEvents(String reportId) {
        Arc.container().instance(AuditSealer.class).get().sealPending();
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Panache.getEntityManager()
                                .createNativeQuery("SELECT count(*) FROM audit_event WHERE type = 'BIAS_AUDIT_RECORDED'"
                                        + " AND details LIKE ?1")
                                .setParameter(1, "%" + reportId + "%")
                                .getSingleResult())
                        .longValue());
    }
}
