package org.careloop.inference.drafting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.support.metrics.PrometheusText;
import org.junit.jupiter.api.Test;

/** Model calls as an operator's Prometheus reads them: per provider and model, with their latency and tokens. */
@QuarkusTest
class DraftMetricsTest {

    @Test
    @TestSecurity(user = "review-service", roles = "internal-service")
    void shouldCountADraftAsOneCallOfTheConfiguredProviderAndModel() {
        PrometheusText before = scrape();

        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "idempotencyKey",
                        UUID.randomUUID().toString(),
                        "messageText",
                        "Hi, this is [NAME_1]. I have had a sore throat for three days.",
                        "redFlagCategories",
                        List.of()))
                .post("/drafts")
                .then()
                .statusCode(200);

        PrometheusText after = scrape();
        String[] call = {"provider", "offline", "model", "offline-extractive", "outcome", "success"};
        assertThat(after.sum("careloop_model_calls_seconds_count", call))
                .isEqualTo(before.sum("careloop_model_calls_seconds_count", call) + 1);
        assertThat(after.sum("careloop_model_calls_seconds_sum", call))
                .isGreaterThan(before.sum("careloop_model_calls_seconds_sum", call));
        assertThat(after.has("careloop_model_tokens_total", "provider", "offline", "direction", "input"))
                .isTrue();
        assertThat(after.labelValues()).noneMatch(v -> v.contains("sore throat") || v.contains("NAME_1"));
    }

    @Test
    void shouldNameAModelFailureByItsKindOnly() {
        assertThat(ModelErrorKind.of(new org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException()))
                .isEqualTo("timeout");
        assertThat(ModelErrorKind.of(new RuntimeException("the server said: my chest hurts")))
                .isEqualTo("other");
        assertThat(DraftMetrics.model("gpt-4o-mini")).isEqualTo("gpt-4o-mini");
        assertThat(DraftMetrics.model("a model with spaces and text")).isEqualTo("unknown");
    }

    private static PrometheusText scrape() {
        return PrometheusText.parse(
                given().get("/q/metrics").then().statusCode(200).extract().asString());
    }
}
