package org.careloop.policy.triage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The optional language-model triage opinion: off unless {@code base-url} names an OpenAI-compatible endpoint
 * (OpenAI, Azure OpenAI v1, vLLM, llama.cpp server). It sees only the de-identified text.
 */
@ConfigMapping(prefix = "careloop.triage.llm")
public interface LlmTriageConfig {

    /** For example {@code http://localhost:8000/v1}; absent means the layer is off. */
    Optional<String> baseUrl();

    Optional<String> apiKey();

    @WithDefault("gpt-4o-mini")
    String model();

    /** Screening waits at most this long for the opinion; later, or failed, it changes nothing. */
    @WithDefault("PT8S")
    Duration timeout();
}
