package org.careloop.inference.providers;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.Result;

/** What one model call returned: the AI service's result and the server's report (model name, tokens), if any. */
public record ModelReply(Result<String> result, ChatResponse report) {}
