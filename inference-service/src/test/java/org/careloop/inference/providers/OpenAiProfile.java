package org.careloop.inference.providers;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** careloop.drafting.provider=openai against a WireMock OpenAI-compatible server. */
public class OpenAiProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ModelServerResource.class, Map.of("provider", "openai"), true));
    }
}
