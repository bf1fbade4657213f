package org.careloop.policy.screening;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.careloop.support.metrics.PrometheusText;
import org.junit.jupiter.api.Test;

/** What an operator's Prometheus reads about screening and draft checks: counts by layer and category, no text. */
@QuarkusTest
class ScreeningMetricsTest {

    private static final String MESSAGE_ID = "5d0c3c9e-2f8a-4d1e-9b57-metrics00001";
    private static final String CHEST_PAIN =
            "Hi, this is John Smith, DOB 03/04/1961. I have chest pain since this morning.";

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldCountWhichLayerRaisedWhichRedFlagAndTheIdentifiersReplacedWithoutAnyTextInTheLabels() {
        PrometheusText before = scrape();

        given().contentType(ContentType.JSON)
                .body(Map.of("messageId", MESSAGE_ID, "text", CHEST_PAIN))
                .post("/screen")
                .then()
                .statusCode(200);

        PrometheusText after = scrape();
        assertIncreasedBy(1, before, after, "careloop_screening_messages_total", "severity", "emergency");
        assertIncreasedBy(
                1,
                before,
                after,
                "careloop_screening_flags_total",
                "layer",
                "rules",
                "category",
                "CHEST_PAIN",
                "severity",
                "emergency");
        assertIncreasedBy(1, before, after, "careloop_screening_identifiers_total", "type", "name");
        assertIncreasedBy(1, before, after, "careloop_screening_identifiers_total", "type", "date");
        assertThat(after.labelValues())
                .noneMatch(v -> v.contains("metrics00001") || v.contains("Smith") || v.contains("1961"));
    }

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldCountEachDraftCheckByItsRiskLevel() {
        PrometheusText before = scrape();
        String draft = "Hello [NAME_1], rest your knee and raise it. If it gets worse, please contact your care team.";

        String risk = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "messageText",
                        "Hi, this is [NAME_1]. My knee hurts.",
                        "draftText",
                        draft,
                        "citations",
                        List.of(Map.of("passageId", "knee-pain", "start", 16, "end", draft.length()))))
                .post("/check-draft")
                .then()
                .statusCode(200)
                .extract()
                .path("riskLevel");

        assertIncreasedBy(
                1, before, scrape(), "careloop_checks_drafts_total", "risk", risk.toLowerCase(java.util.Locale.ROOT));
    }

    private static PrometheusText scrape() {
        return PrometheusText.parse(
                given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static void assertIncreasedBy(
            double by, PrometheusText before, PrometheusText after, String name, String... labels) {
        assertThat(after.sum(name, labels))
                .as("%s %s", name, String.join(",", labels))
                .isEqualTo(before.sum(name, labels) + by);
    }
}
