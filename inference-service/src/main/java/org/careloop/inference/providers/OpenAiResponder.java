package org.careloop.inference.providers;

import dev.langchain4j.service.Result;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.function.Function;
import org.careloop.inference.config.CareloopConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Any OpenAI-compatible endpoint: OpenAI, Azure OpenAI, vLLM, llama.cpp server. */
@Singleton
public class OpenAiResponder extends LlmResponder {

    public static final String PROVIDER = "openai";

    private final Instance<OpenAiDrafter> drafter;

    public OpenAiResponder(
            LlmCaller caller,
            Instance<OpenAiDrafter> drafter,
            CareloopConfig config,
            @ConfigProperty(name = "quarkus.langchain4j.openai.drafting-openai.chat-model.model-name") String model) {
        super(caller, model, config.drafting().openai().modelVersion());
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
