package org.careloop.review.inference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Bodies of inference-service's /drafts, as in docs/service-contracts.md. */
public final class InferenceDtos {

    private InferenceDtos() {}

    public record DraftRequest(String idempotencyKey, String messageText, List<String> redFlagCategories) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DraftResponse(String draftId, String text, List<Citation> citations, Provenance provenance) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Citation(String passageId, String title, int start, int end, String passageText) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(
            String provider,
            String model,
            String modelVersion,
            String promptTemplateVersion,
            String knowledgeBaseVersion,
            List<String> passageIds,
            Long latencyMs,
            Long inputTokens,
            Long outputTokens,
            List<String> droppedCitations) {}
}
