package org.careloop.biasaudit.pipeline;

import java.util.List;

/** inference-service's draft: its text, the passages it cites with their spans, and who wrote it. */
public record Drafted(String text, List<Cited> citations, Provenance provenance) {

    public record Cited(String passageId, int start, int end) {}

    public record Provenance(String provider, String model, String modelVersion, String promptTemplateVersion) {}
}
