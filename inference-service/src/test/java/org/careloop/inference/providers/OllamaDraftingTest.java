package org.careloop.inference.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.careloop.inference.drafting.IdentifierGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(OllamaProfile.class)
@TestSecurity(user = "review-service", roles = "internal-service")
class OllamaDraftingTest {

    static final String PATH = "/api/chat";

    @InjectWireMock
    WireMockServer server;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void reset() {
        server.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void shouldDraftThroughOllamaAndSendOnlyDeIdentifiedText() throws Exception {
        server.stubFor(post(PATH)
                .willReturn(chat("Hello [NAME_1],\\n\\nRest and drink plenty of fluids. [cite:fever-in-adults]")));

        OpenAiDraftingTest.draft(OpenAiDraftingTest.key(), OpenAiDraftingTest.MESSAGE)
                .statusCode(200)
                .body("text", startsWith("Hello [NAME_1],"))
                .body("text", containsString("contact your care team; in an emergency call 911."))
                .body("citations.passageId", hasItem("fever-in-adults"))
                .body("provenance.provider", equalTo("ollama"))
                .body("provenance.model", equalTo("llama3.2"))
                .body("provenance.modelVersion", equalTo("llama3.2:3b"))
                .body("provenance.inputTokens", equalTo(210))
                .body("provenance.outputTokens", equalTo(40));

        var requests = server.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        JsonNode body = new ObjectMapper().readTree(requests.get(0).getBodyAsString());
        assertThat(body.path("stream").asBoolean(true)).isFalse();
        assertThat(body.path("model").asText()).isEqualTo("llama3.2");
        assertThat(body.path("options").path("num_predict").asInt()).isEqualTo(700);
        assertThat(body.path("messages").get(1).path("content").asText()).contains(OpenAiDraftingTest.MESSAGE);
        assertThat(IdentifierGuard.scan(requests.get(0).getBodyAsString())).isEmpty();
    }

    @Test
    void shouldAnswer503AfterTheCallBudgetWhenOllamaFails() {
        server.stubFor(post(PATH).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"model crashed\"}")));
        OpenAiDraftingTest.draft(OpenAiDraftingTest.key(), OpenAiDraftingTest.MESSAGE)
                .statusCode(503)
                .body("error", equalTo("MODEL_UNAVAILABLE"))
                // the client's own retries may outlast an attempt's 1.5 s test timeout under load
                .body("message", anyOf(containsString("HTTP 500"), containsString("in time")))
                .body("details.provider", equalTo("ollama"));
        // 3 attempts; the Ollama client of quarkus-langchain4j 1.7.4 retries a 5xx twice inside each attempt
        // and has no setting to stop it
        assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSizeBetween(3, 9);
    }

    @Test
    void shouldNotRetryWhenTheModelIsMissing() {
        server.stubFor(post(PATH)
                .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"model 'llama3.2' not found\"}")));
        OpenAiDraftingTest.draft(OpenAiDraftingTest.key(), OpenAiDraftingTest.MESSAGE)
                .statusCode(503)
                .body("message", containsString("HTTP 404"));
        server.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void shouldGiveUpWithA503WhenOllamaHangsPastTheTimeout() {
        server.stubFor(
                post(PATH).willReturn(chat("Rest. [cite:fever-in-adults]").withFixedDelay(4000)));
        long started = System.nanoTime();
        OpenAiDraftingTest.draft(OpenAiDraftingTest.key(), OpenAiDraftingTest.MESSAGE)
                .statusCode(503)
                .body("message", containsString("in time"));
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("three attempts of 1.5 s")
                .isLessThan(9000);
    }

    static ResponseDefinitionBuilder chat(String content) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                {"model":"llama3.2:3b","created_at":"2026-11-27T10:00:00Z",
                 "message":{"role":"assistant","content":"%s"},
                 "done":true,"done_reason":"stop","total_duration":1200000,"prompt_eval_count":210,"eval_count":40}
                """.formatted(content));
    }
}
