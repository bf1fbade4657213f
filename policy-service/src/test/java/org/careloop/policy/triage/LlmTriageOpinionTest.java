package org.careloop.policy.triage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM triage layer against a local OpenAI-compatible server, so the real HTTP client code runs. */
class LlmTriageOpinionTest {

    private static final String DEIDENTIFIED =
            "Hi, this is [NAME_1]. My dad has gone grey and sweaty and is rubbing " + "his chest.";
    private static final List<String> CATEGORIES = List.of("CHEST_PAIN", "STROKE");
    private static WireMockServer model;

    @BeforeAll
    static void startModelServer() {
        model = new WireMockServer(options().dynamicPort());
        model.start();
    }

    @AfterAll
    static void stopModelServer() {
        model.stop();
    }

    @BeforeEach
    void reset() {
        model.resetAll();
    }

    private static LlmTriageOpinion opinion(Duration timeout) {
        return new LlmTriageOpinion(
                Optional.of(model.baseUrl() + "/v1/"), Optional.of("sk-test"), "triage-model", timeout, CATEGORIES);
    }

    private static void modelAnswers(String content) throws Exception {
        String body = new ObjectMapper()
                .writeValueAsString(java.util.Map.of(
                        "choices",
                        List.of(java.util.Map.of(
                                "message", java.util.Map.of("role", "assistant", "content", content)))));
        model.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void aModelOpinionOfEmergencyShouldRaiseAFlagOverTheWholeMessage() throws Exception {
        modelAnswers("{\"severity\": \"EMERGENCY\", \"category\": \"CHEST_PAIN\", \"confidence\": 0.9}");

        Optional<RedFlag> flag = opinion(Duration.ofSeconds(5)).opinion("m-1", DEIDENTIFIED, 120);

        assertThat(flag).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.EMERGENCY);
            assertThat(f.category()).isEqualTo("CHEST_PAIN");
            assertThat(f.layer()).isEqualTo(TriageLayer.LLM);
            assertThat(f.score()).isEqualTo(0.9);
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(120);
        });
        model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-test")));
        String sent = model.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(sent).contains("[NAME_1]").contains("triage-model").contains("json_object");
    }

    @Test
    void aRoutineOpinionShouldChangeNothing() throws Exception {
        modelAnswers("{\"severity\": \"ROUTINE\", \"category\": \"OTHER\", \"confidence\": 0.99}");

        assertThat(opinion(Duration.ofSeconds(5)).opinion("m-2", DEIDENTIFIED, 120))
                .isEmpty();
    }

    @Test
    void anAnswerThatIsNotTheJsonAskedForShouldChangeNothing() throws Exception {
        modelAnswers("I think this could be an emergency, please call 911.");
        assertThat(opinion(Duration.ofSeconds(5)).opinion("m-3", DEIDENTIFIED, 120))
                .isEmpty();

        modelAnswers("{\"severity\": \"CATASTROPHIC\"}");
        assertThat(opinion(Duration.ofSeconds(5)).opinion("m-3", DEIDENTIFIED, 120))
                .isEmpty();
    }

    @Test
    void anUnknownCategoryShouldStillRaiseUnderItsOwnName() throws Exception {
        modelAnswers("{\"severity\": \"URGENT\", \"category\": \"SOMETHING_ELSE\"}");

        assertThat(opinion(Duration.ofSeconds(5)).opinion("m-4", DEIDENTIFIED, 120))
                .hasValueSatisfying(f -> {
                    assertThat(f.category()).isEqualTo("LLM_OPINION");
                    assertThat(f.severity()).isEqualTo(Severity.URGENT);
                });
    }

    @Test
    void aFailingOrSlowModelShouldChangeNothing() {
        model.stubFor(
                post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        assertThat(opinion(Duration.ofSeconds(5)).opinion("m-5", DEIDENTIFIED, 120))
                .isEmpty();

        model.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000).withBody("{}")));
        long started = System.nanoTime();
        assertThat(opinion(Duration.ofMillis(500)).opinion("m-6", DEIDENTIFIED, 120))
                .isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void withoutAConfiguredModelNothingShouldBeCalled() {
        LlmTriageOpinion off =
                new LlmTriageOpinion(Optional.empty(), Optional.empty(), "m", Duration.ofSeconds(1), CATEGORIES);

        assertThat(off.enabled()).isFalse();
        assertThat(off.opinion("m-7", DEIDENTIFIED, 120)).isEmpty();
        assertThat(model.getAllServeEvents()).isEmpty();
    }

    @Test
    void anotherLayersFlagShouldOnlyEverRaiseTheHighestSeverity() {
        RedFlag urgent = new RedFlag("STROKE", Severity.URGENT, 0, 10, "llm-x", TriageLayer.LLM, 0.5);
        TriageResult emergency = new TriageResult(
                List.of(new RedFlag("CHEST_PAIN", Severity.EMERGENCY, 0, 5, "chest-pain-01", TriageLayer.RULES, 1.0)),
                Severity.EMERGENCY);

        assertThat(Triage.withFlag(emergency, urgent).highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(Triage.withFlag(new TriageResult(List.of(), Severity.ROUTINE), urgent)
                        .highestSeverity())
                .isEqualTo(Severity.URGENT);
    }
}
