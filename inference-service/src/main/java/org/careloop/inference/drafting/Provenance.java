package org.careloop.inference.drafting;

import java.util.List;

/** Where a draft came from: the facts a reviewer and an auditor need, no message text. */
public record Provenance(
        String provider,
        String model,
        String modelVersion,
        String promptTemplateVersion,
        String knowledgeBaseVersion,
        List<String> passageIds,
        long latencyMs,
        int inputTokens,
        int outputTokens) {
}
