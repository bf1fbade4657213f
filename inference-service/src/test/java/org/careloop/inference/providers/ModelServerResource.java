package org.careloop.inference.providers;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A local model server (WireMock) standing in for an OpenAI-compatible endpoint or Ollama, so that the real
 * quarkus-langchain4j client code runs, errors included. Arg {@code provider}: openai or ollama.
 */
public class ModelServerResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;
    private String provider;

    @Override
    public void init(Map<String, String> initArgs) {
        provider = initArgs.getOrDefault("provider", "openai");
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        String base = "http://localhost:" + server.port();
        String ft = "quarkus.fault-tolerance.\"org.careloop.inference.providers.LlmCaller/call\".";
        return Map.of(
                "careloop.drafting.provider",
                provider,
                "quarkus.langchain4j.openai.drafting-openai.base-url",
                base + "/v1/",
                "quarkus.langchain4j.openai.drafting-openai.api-key",
                "test-key",
                "quarkus.langchain4j.ollama.drafting-ollama.base-url",
                base,
                // the circuit stays open for the rest of a test once opened (tests reset it before each)
                ft + "circuit-breaker.delay",
                "60000");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
