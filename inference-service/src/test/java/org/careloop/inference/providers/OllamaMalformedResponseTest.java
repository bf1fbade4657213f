package org.careloop.inference.providers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A malformed answer from Ollama is not retried by careloop. The Ollama client of quarkus-langchain4j 1.7.4 retries
 * it on its own, with about a second's pause between tries and no setting to stop it, so this test gives each of
 * careloop's attempts the production-like time to let those tries finish: under the test profile's 1.5 s the
 * attempt would time out first and the patient-facing reason would depend on the machine's speed.
 */
@QuarkusTest
@TestProfile(OllamaMalformedResponseTest.LongerAttempts.class)
@TestSecurity(user = "review-service", roles = "internal-service")
class OllamaMalformedResponseTest {

    @InjectWireMock
    WireMockServer server;

    @Test
    void shouldNotRetryAMalformedOllamaResponse() {
        server.stubFor(post(OllamaDraftingTest.PATH)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"model\":\"llama3.2\",\"message\":{\"content\": ")));
        OpenAiDraftingTest.draft(OpenAiDraftingTest.key(), OpenAiDraftingTest.MESSAGE)
                .statusCode(503)
                .body("error", equalTo("MODEL_UNAVAILABLE"))
                .body("details.reason", equalTo("the model server sent a malformed response"));
        // one careloop attempt: the client's own tries, at most three
        assertThat(server.findAll(postRequestedFor(urlEqualTo(OllamaDraftingTest.PATH))))
                .hasSizeBetween(1, 3);
    }

    public static class LongerAttempts extends OllamaProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.fault-tolerance.\"org.careloop.inference.providers.LlmCaller/call\".timeout.value",
                    "20000");
        }
    }
}
