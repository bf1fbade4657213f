package org.careloop.inference.providers;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** careloop.drafting.provider=ollama against a WireMock server with Ollama's API shape. */
public class OllamaProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ModelServerResource.class, Map.of("provider", "ollama"), true));
    }
}
