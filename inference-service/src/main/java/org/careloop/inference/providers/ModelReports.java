package org.careloop.inference.providers;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.response.ChatResponse;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Captures what the model server reported (model name with version, token usage) for provenance: the AI
 * service's {@code Result} carries token usage but not the model name. Blocking chat models call listeners on
 * the calling thread, so a thread-local hands the report to {@link LlmResponder} without touching any text.
 */
@ApplicationScoped
public class ModelReports implements ChatModelListener {

    private static final ThreadLocal<ChatResponse> LAST = new ThreadLocal<>();

    @Override
    public void onResponse(ChatModelResponseContext context) {
        LAST.set(context.chatResponse());
    }

    /** The last response seen on this thread, cleared on read. */
    public ChatResponse take() {
        ChatResponse r = LAST.get();
        LAST.remove();
        return r;
    }

    public void clear() {
        LAST.remove();
    }
}
