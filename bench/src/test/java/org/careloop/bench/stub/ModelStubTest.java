package org.careloop.bench.stub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.careloop.bench.api.Json;
import org.junit.jupiter.api.Test;

class ModelStubTest {

    @Test
    void answersAChatCompletionAtOnceCitingTheFirstPassageOffered() throws Exception {
        try (ModelStub stub = new ModelStub(0).start()) {
            String request = """
                    {"model":"bench-stub","messages":[{"role":"system","content":"Cite passages."},
                     {"role":"user","content":"Knowledge-base passages you may use and cite:\\n[passage id=cough-and-cold] Cough\\ntext\\n\\n[passage id=fever-in-adults] Fever"}]}""";

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + stub.port() + "/v1/chat/completions"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(request))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            JsonNode body = Json.MAPPER.readTree(response.body());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body.path("object").asText()).isEqualTo("chat.completion");
            assertThat(body.path("model").asText()).isEqualTo("bench-stub");
            assertThat(body.at("/choices/0/message/role").asText()).isEqualTo("assistant");
            assertThat(body.at("/choices/0/message/content").asText())
                    .contains("[cite:cough-and-cold]")
                    .doesNotContain("fever-in-adults");
            assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
            assertThat(body.at("/usage/total_tokens").asInt()).isPositive();
            assertThat(stub.completions()).isEqualTo(1);
        }
    }

    @Test
    void aPromptWithoutPassagesGetsAReplyWithoutCitations() throws Exception {
        JsonNode completion = ModelStub.completion(
                Json.MAPPER.readTree("{\"messages\":[{\"role\":\"user\",\"content\":\"(none matched)\"}]}"), 1);

        assertThat(completion.at("/choices/0/message/content").asText()).doesNotContain("[cite:");
        assertThat(completion.path("model").asText()).isEqualTo("bench-stub");
    }
}
