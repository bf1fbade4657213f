package org.careloop.inference.drafting;

import java.util.List;

/**
 * Where a draft came from: the facts a reviewer and an auditor need, no message text. {@code droppedCitations}
 * are passages the model cited that retrieval never gave it: removed from the draft, and a sign for the reviewer
 * that the model invents sources.
 */
public record Provenance(
        String provider,
        String model,
        String modelVersion,
        String promptTemplateVersion,
        String knowledgeBaseVersion,
        List<String> passageIds,
        long latencyMs,
        int inputTokens,
        int outputTokens,
        List<String> droppedCitations) {}
