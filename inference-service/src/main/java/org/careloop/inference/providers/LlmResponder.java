package org.careloop.inference.providers;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.careloop.inference.knowledge.Citation;
import org.careloop.inference.knowledge.RetrievedPassage;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/** Drafting with a language model: render, call under fault tolerance, keep only citations of retrieved passages. */
public abstract class LlmResponder implements Responder {

    private static final Logger LOG = Logger.getLogger(LlmResponder.class);

    private final LlmCaller caller;
    private final String model;
    private final Optional<String> modelVersion;

    protected LlmResponder(LlmCaller caller, String model, Optional<String> modelVersion) {
        this.caller = caller;
        this.model = model;
        this.modelVersion = modelVersion;
    }

    protected abstract Function<String, Result<String>> drafter();

    @Override
    public DraftOutput draft(DraftInput input) {
        ModelReply reply;
        try {
            reply = caller.call(drafter(), input.prompt().user())
                    .toCompletableFuture()
                    .join();
        } catch (CompletionException | CancellationException e) {
            throw unavailable(e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        Result<String> result = reply.result();
        String raw = result.content();
        if (raw == null || raw.isBlank()) {
            throw new ModelUnavailableException(provider(), "the model returned an empty reply", null);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (RetrievedPassage p : input.retrieval().passages()) {
            titles.put(p.passage().id(), p.passage().title());
        }
        CitationMarkers.Parsed parsed = CitationMarkers.parse(raw, titles);
        if (!parsed.dropped().isEmpty()) {
            LOG.warnf("%s cited passages that were not retrieved; dropped: %s", provider(), parsed.dropped());
        }
        StringBuilder text = new StringBuilder(parsed.text());
        if (!input.redFlagCategories().isEmpty() && !parsed.text().contains("911")) {
            text.append("\n\n").append(ReplyParts.RED_FLAG_NOTICE);
        }
        if (!parsed.text().contains(ReplyParts.CARE_TEAM_GUIDANCE)) {
            text.append("\n\n").append(ReplyParts.CARE_TEAM_GUIDANCE);
        }
        ChatResponse report = reply.report();
        TokenUsage usage =
                result.tokenUsage() != null ? result.tokenUsage() : report != null ? report.tokenUsage() : null;
        String reported = report != null ? report.modelName() : null;
        return new DraftOutput(
                text.toString(),
                new ArrayList<Citation>(parsed.citations()),
                parsed.passageIds(),
                model,
                reported != null && !reported.isBlank() ? reported : modelVersion.orElse("unknown"),
                usage != null && usage.inputTokenCount() != null ? usage.inputTokenCount() : 0,
                usage != null && usage.outputTokenCount() != null ? usage.outputTokenCount() : 0,
                parsed.dropped());
    }

    @Override
    public String model() {
        return model;
    }

    private ModelUnavailableException unavailable(Throwable failure) {
        if (failure instanceof ModelCallException e) {
            return new ModelUnavailableException(provider(), e.reason(), e);
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return new ModelUnavailableException(provider(), "the model failed repeatedly; calls are paused", failure);
        }
        if (failure instanceof TimeoutException) {
            return new ModelUnavailableException(provider(), "the model did not answer in time", failure);
        }
        return new ModelUnavailableException(
                provider(), ModelFailures.classify(failure).reason(), failure);
    }
}
