package org.careloop.inference.providers;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/** Drafting through an Ollama server (named model {@code drafting-ollama}). */
@RegisterAiService(modelName = "drafting-ollama")
@ApplicationScoped
public interface OllamaDrafter {

    @SystemMessage(fromResource = DraftPrompt.SYSTEM_RESOURCE)
    @UserMessage("{prompt}")
    Result<String> draft(String prompt);
}
