package org.careloop.inference.providers;

import dev.langchain4j.service.Result;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.careloop.inference.config.CareloopConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A local or remote Ollama server. */
@Singleton
public class OllamaResponder extends LlmResponder {

    public static final String PROVIDER = "ollama";

    private final Instance<OllamaDrafter> drafter;

    public OllamaResponder(
            LlmCaller caller,
            Instance<OllamaDrafter> drafter,
            CareloopConfig config,
            @ConfigProperty(name = "quarkus.langchain4j.ollama.drafting-ollama.chat-model.model-id") String model) {
        super(caller, model, config.drafting().ollama().modelVersion());
        this.drafter = drafter;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    protected Function<String, Result<String>> drafter() {
        return prompt -> drafter.get().draft(prompt);
    }
}
