package org.careloop.inference.providers;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/** Drafting through any OpenAI-compatible endpoint (named model {@code drafting-openai}). */
@RegisterAiService(modelName = "drafting-openai")
@ApplicationScoped
public interface OpenAiDrafter {

    @SystemMessage(fromResource = DraftPrompt.SYSTEM_RESOURCE)
    @UserMessage("{prompt}")
    Result<String> draft(String prompt);
}
