package org.careloop.inference.providers;

import java.util.List;
import org.careloop.inference.knowledge.Citation;

/**
 * A responder's draft.
 *
 * @param passageIds       the passages the draft used (cited)
 * @param droppedCitations ids the model cited that were not retrieved: removed from the draft and reported
 */
public record DraftOutput(
        String text,
        List<Citation> citations,
        List<String> passageIds,
        String model,
        String modelVersion,
        int inputTokens,
        int outputTokens,
        List<String> droppedCitations) {}
