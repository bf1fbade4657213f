package org.careloop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careloop.support.metrics.PrometheusText;
import org.junit.jupiter.api.Test;

/**
 * An operator's view after one message travelled from the patient to the released reply: each service's /q/metrics
 * counts it at its steps, and no label holds its text, its id or the patient's identifiers. Other tests' messages may
 * move the same counters meanwhile, so each must have grown by at least this message's share.
 */
class MetricsSystemTest {

    private static final String TEXT =
            "Hi, this is Priya Okafor, phone 555-201-7788. My ankle has been swollen since I "
                    + "twisted it on the stairs on Sunday. Should I keep walking on it?";

    @Test
    void eachServiceCountsTheMessageAtItsStepsAndNoLabelHoldsItsTextOrIds() {
        Scrapes before = Scrapes.now();

        String messageId = Careloop.sendMessage("alice", TEXT);
        String taskId = Careloop.awaitReviewTask("carter", messageId);
        Careloop.decide("carter", taskId, Map.of("action", "APPROVE"));
        Careloop.awaitAnswered("alice", messageId);
        Scrapes after = Scrapes.now();

        // review-service: the flow, its steps and the job executor
        after.review.grewFrom(before.review, "careloop_messages_received_total");
        after.review.grewFrom(before.review, "careloop_messages_screened_total");
        after.review.grewFrom(before.review, "careloop_messages_drafted_total", "outcome", "drafted");
        after.review.grewFrom(before.review, "careloop_replies_released_total", "action", "approve");
        after.review.grewFrom(before.review, "careloop_flow_accepted_to_task_seconds_count", "step", "review");
        after.review.grewFrom(before.review, "careloop_flow_accepted_to_release_seconds_count");
        after.review.grewFrom(before.review, "careloop_jobs_total", "event", "succeeded");
        for (String step : new String[] {"screen", "draft", "check", "release"}) {
            after.review.grewFrom(
                    before.review, "careloop_flow_step_seconds_count", "step", step, "outcome", "success");
        }
        // policy-service: the screening, which layer raised what, the identifiers replaced, the draft check
        after.policy.grewFrom(before.policy, "careloop_screening_messages_total");
        after.policy.grewFrom(before.policy, "careloop_screening_identifiers_total", "type", "name");
        after.policy.grewFrom(before.policy, "careloop_screening_identifiers_total", "type", "phone");
        after.policy.grewFrom(before.policy, "careloop_checks_drafts_total");
        // inference-service: the model call, by provider and model
        after.inference.grewFrom(
                before.inference,
                "careloop_model_calls_seconds_count",
                "provider",
                "offline",
                "model",
                "offline-extractive",
                "outcome",
                "success");

        for (Scrape scrape : after.all()) {
            assertThat(scrape.metrics.labelValues())
                    .as(scrape.service + ": no label holds the message's id, text or identifiers")
                    .noneMatch(v -> v.contains(messageId)
                            || v.contains(taskId)
                            || v.contains("Okafor")
                            || v.contains("7788")
                            || v.toLowerCase().contains("ankle"));
            assertThat(scrape.metrics.samples())
                    .as(scrape.service + ": no label is a message id")
                    .noneMatch(s ->
                            s.labels().containsKey("message_id") || s.labels().containsKey("messageId"));
        }
    }

    record Scrape(String service, PrometheusText metrics) {

        static Scrape of(String service, String baseUrl) {
            return new Scrape(
                    service,
                    PrometheusText.parse(given().baseUri(baseUrl)
                            .get("/q/metrics")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString()));
        }

        void grewFrom(Scrape before, String name, String... labels) {
            assertThat(metrics.sum(name, labels))
                    .as("%s %s %s", service, name, String.join(",", labels))
                    .isGreaterThanOrEqualTo(before.metrics.sum(name, labels) + 1);
        }
    }

    record Scrapes(Scrape review, Scrape policy, Scrape inference) {

        static Scrapes now() {
            return new Scrapes(
                    Scrape.of("review-service", SystemUnderTest.REVIEW_URL),
                    Scrape.of("policy-service", SystemUnderTest.POLICY_URL),
                    Scrape.of("inference-service", SystemUnderTest.INFERENCE_URL));
        }

        Scrape[] all() {
            return new Scrape[] {review, policy, inference};
        }
    }
}
