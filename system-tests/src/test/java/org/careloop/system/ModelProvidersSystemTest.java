package org.careloop.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole flow with a language model instead of the offline responder: inference-service restarted with the
 * OpenAI-compatible and then the Ollama provider, pointed at a local model server (WireMock, the one stand-in).
 * The model must see no identifier of the patient's message, and the clinician must see the patient's name
 * filled back into what the model wrote.
 */
class ModelProvidersSystemTest {

    // A routine fever, so that the review goes to the clinicians' inbox. ("A fever of 101 for two days and I feel
    // achy all over" is taken for sepsis by the semantic triage layer: a known false alarm, in the development
    // corpus as tdv-221, left for the next round of issue 9.)
    private static final String MESSAGE = "Hi, this is Alice Moreno, my number is 555-201-3344. "
            + "I have had a mild fever for two days and a runny nose, and I am drinking plenty.";
    private static final String MODEL_REPLY = "Hello [NAME_1],\\n\\nA fever is often the body's way of fighting an "
            + "infection. [cite:fever-in-adults] Rest and drink plenty of fluids. [cite:fever-in-adults]\\n\\n"
            + "If your symptoms get worse or you are worried, contact your care team; in an emergency call 911.";
    private static final List<String> IDENTIFIERS = List.of("Alice", "Moreno", "555-201-3344", "201-3344");

    /**
     * "Within seconds" (issue 16), counted from the send: screening and routing only, with room for a loaded
     * two-core machine (20 s was seen right after inference-service's restart, at a load average of 21); the issue
     * saw 133 s with a hanging model, and a model's own waits (20 s a call, several calls) are beyond it.
     */
    private static final Duration REVIEW_OPENS = Duration.ofSeconds(30);

    private static final String DEGRADED = "degraded model server";

    private static WireMockServer modelServer;

    @BeforeAll
    static void startModelServer() {
        modelServer = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        modelServer.start();
        modelServer.stubFor(post("/v1/chat/completions").willReturn(json("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1764000000,"model":"clinic-model-2026-11",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":321,"completion_tokens":54,"total_tokens":375}}""".formatted(MODEL_REPLY))));
        modelServer.stubFor(post("/api/chat").willReturn(json("""
                {"model":"clinic-llama:8b","created_at":"2026-11-27T10:00:00Z",
                 "message":{"role":"assistant","content":"%s"},
                 "done":true,"done_reason":"stop","prompt_eval_count":210,"eval_count":40}""".formatted(MODEL_REPLY))));
        String degraded = "/degraded/v1/chat/completions";
        modelServer.stubFor(post(degraded)
                .inScenario(DEGRADED)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)));
        modelServer.stubFor(post(degraded)
                .inScenario(DEGRADED)
                .whenScenarioStateIs("hangs")
                .willReturn(aResponse().withStatus(200).withFixedDelay(45_000)));
        modelServer.stubFor(post(degraded)
                .inScenario(DEGRADED)
                .whenScenarioStateIs("answers 429")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "1")
                        .withBody("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}")));
        modelServer.stubFor(post(degraded)
                .inScenario(DEGRADED)
                .whenScenarioStateIs("answers 500")
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"internal error\",\"type\":\"server_error\"}}")));
    }

    @AfterAll
    static void backToOffline() {
        try {
            Launcher.restart("inference-service");
        } finally {
            modelServer.stop();
        }
    }

    @Test
    void anOpenAiCompatibleModelDraftsFromDeidentifiedTextAndTheClinicianApprovesIt() {
        Launcher.restart(
                "inference-service",
                Map.of(
                        "CARELOOP_DRAFTING_PROVIDER", "openai",
                        "CARELOOP_OPENAI_BASE_URL", modelServer.baseUrl() + "/v1/",
                        "CARELOOP_OPENAI_API_KEY", "test-key",
                        "CARELOOP_OPENAI_MODEL", "clinic-model"));

        JsonPath draft = draftForANewMessage("/v1/chat/completions");

        assertThat(draft.getString("provider")).isEqualTo("openai");
        assertThat(draft.getString("model")).isEqualTo("clinic-model").isEqualTo(modelSentTo("/v1/chat/completions"));
        assertThat(draft.getString("modelVersion")).isEqualTo("clinic-model-2026-11");
    }

    @Test
    void anOllamaModelDraftsFromDeidentifiedTextAndTheClinicianApprovesIt() {
        Launcher.restart(
                "inference-service",
                Map.of(
                        "CARELOOP_DRAFTING_PROVIDER", "ollama",
                        "CARELOOP_OLLAMA_BASE_URL", modelServer.baseUrl(),
                        "CARELOOP_OLLAMA_MODEL", "clinic-llama:8b"));

        JsonPath draft = draftForANewMessage("/api/chat");

        assertThat(draft.getString("provider")).isEqualTo("ollama");
        // quarkus-langchain4j fixes the Ollama model id when the service is built (./careloop up builds with the
        // environment it is given); provenance must name the model that was really called.
        assertThat(draft.getString("model")).isEqualTo(modelSentTo("/api/chat"));
    }

    /**
     * Issue 16: the clinician does not wait on the model. With a model server that hangs, answers 429 or answers 500,
     * the review opens within seconds of the message (the issue saw 133 s and 23 s), marked "draft pending"; with the
     * 429 and the 500 the "no draft available" follows later on the same review; with the hang the clinician writes
     * the reply before any draft and it is released at once, not after the model's time-outs.
     */
    @Test
    void aModelThatHangsOrAnswers429Or500DoesNotKeepTheClinicianWaiting() {
        Launcher.restart(
                "inference-service",
                Map.of(
                        "CARELOOP_DRAFTING_PROVIDER", "openai",
                        "CARELOOP_OPENAI_BASE_URL", modelServer.baseUrl() + "/degraded/v1/",
                        "CARELOOP_OPENAI_API_KEY", "test-key",
                        "CARELOOP_OPENAI_MODEL", "clinic-model"));

        modelServer.setScenarioState(DEGRADED, "hangs");
        String hung = openReviewWithinSeconds("a model that hangs");
        String own = "Rest, drink plenty and take paracetamol if you need it; call us if the fever lasts past Friday.";
        Careloop.decide("carter", Careloop.taskIdFor("carter", hung), Map.of("action", "REJECT", "text", own));
        Instant decided = Instant.now();
        JsonPath answered = Careloop.awaitAnswered("alice", hung);
        assertThat(answered.getString("reply.text")).isEqualTo(own);
        assertThat(answered.getString("reply.label")).isEqualTo("Written by Maya Carter");
        System.out.printf(
                "model hangs: the clinician's reply released %.1f s after the decision%n",
                Duration.between(decided, Instant.now()).toMillis() / 1000.0);
        assertThat(Duration.between(decided, Instant.now()))
                .as("released without waiting for the hanging model's time-outs (20 s each)")
                .isLessThan(Duration.ofSeconds(20));

        for (String answer : List.of("answers 429", "answers 500")) {
            modelServer.setScenarioState(DEGRADED, answer);
            String messageId = openReviewWithinSeconds("a model that " + answer);
            Instant opened = Instant.now();
            String taskId = Careloop.awaitReviewTask("carter", messageId);
            JsonPath task = Careloop.task("carter", taskId);
            assertThat(task.getBoolean("draft.available")).isFalse();
            assertThat(task.getString("draft.unavailableReason")).startsWith("no draft available");
            System.out.printf(
                    "model %s: \"no draft available\" on the open review %.1f s after it opened%n",
                    answer, Duration.between(opened, Instant.now()).toMillis() / 1000.0);
        }
    }

    /**
     * Sends a routine message and waits for its review: it must open within {@link #REVIEW_OPENS} of the message,
     * draft pending, whatever the model does. Returns the message id.
     */
    private static String openReviewWithinSeconds(String model) {
        Instant sent = Instant.now();
        String messageId = Careloop.sendMessage("alice", MESSAGE);
        Duration left = Duration.between(Instant.now(), sent.plus(REVIEW_OPENS));
        String taskId = await("review of a message with " + model)
                .atMost(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Careloop.taskIdFor("carter", messageId), id -> id != null);
        Duration toReview = Duration.between(sent, Instant.now());
        System.out.printf("%s: review open %.1f s after the message was sent%n", model, toReview.toMillis() / 1000.0);
        JsonPath task = Careloop.task("carter", taskId);
        assertThat(task.getBoolean("draftPending"))
                .as("draft pending on the open review")
                .isTrue();
        assertThat(task.getBoolean("draft.available")).isFalse();
        return messageId;
    }

    /** Sends the message, checks what the model was sent and what the clinician sees, approves; returns provenance. */
    private static JsonPath draftForANewMessage(String modelPath) {
        modelServer.resetRequests();
        String messageId = Careloop.sendMessage("alice", MESSAGE);
        String taskId = Careloop.awaitReviewTask("carter", messageId);
        JsonPath task = Careloop.task("carter", taskId);

        List<LoggedRequest> sent = modelServer.findAll(postRequestedFor(urlEqualTo(modelPath)));
        assertThat(sent).as("the model was called").isNotEmpty();
        sent.forEach(request -> assertThat(request.getBodyAsString())
                .as("what the model was sent")
                .doesNotContain(IDENTIFIERS)
                .contains("[NAME_1]"));

        String draftText = task.getString("draft.text");
        assertThat(draftText)
                .startsWith("Hello Alice Moreno,")
                .doesNotContain("[cite:")
                .doesNotContain("[NAME_");
        assertThat(task.getList("draft.citations.passageId")).contains("fever-in-adults");

        Careloop.decide("carter", taskId, Map.of("action", "APPROVE"));
        JsonPath answered = Careloop.awaitAnswered("alice", messageId);
        assertThat(answered.getString("reply.text")).isEqualTo(draftText);
        assertThat(answered.getString("reply.label"))
                .isEqualTo("Drafted with AI assistance and reviewed by Maya Carter on " + LocalDate.now());
        return new JsonPath(task.prettify()).setRootPath("draft.provenance");
    }

    private static String modelSentTo(String modelPath) {
        List<LoggedRequest> sent = modelServer.findAll(postRequestedFor(urlEqualTo(modelPath)));
        try {
            return new ObjectMapper()
                    .readTree(sent.get(sent.size() - 1).getBodyAsString())
                    .path("model")
                    .asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError("the model server received a body that is not JSON", e);
        }
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
