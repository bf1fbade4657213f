package org.careloop.biasaudit.pipeline;

import java.util.List;
import org.careloop.biasaudit.metrics.DraftMeasures;
import org.careloop.biasaudit.templates.Counterfactual;

/**
 * One message of the audit after it went the real path: its screening, and each repeat's draft measured (a repeat
 * that failed is in {@code failures} instead).
 */
public record CellResult(
        Counterfactual message,
        Screened screened,
        List<DraftMeasures> drafts,
        List<Drafted.Provenance> provenance,
        List<String> failures) {}
