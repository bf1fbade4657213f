package org.careloop.review.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.inbox.InboxViews.CitationView;
import org.careloop.review.inbox.InboxViews.FindingView;
import org.careloop.review.inbox.InboxViews.RedFlagView;
import org.careloop.review.inference.InferenceDtos;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.oversight.canary.Plant;
import org.careloop.review.policy.PolicyDtos;
import org.careloop.review.screening.Placeholders;
import org.careloop.review.screening.Screening;
import org.careloop.review.support.Sha256;

/**
 * What the clinician reviews for one message: the draft with placeholders filled back in (null when there is none),
 * the policy findings and citations at offsets into that text, and the message's red flags. Findings are numbered
 * F1, F2, ... and red flags R1, R2, ... in stored order: the ids a decision acknowledges them by. {@code canary}:
 * the planted error shown in {@code text}, if any (issue 14), which the decision is judged against.
 */
public record DraftUnderReview(
        String text,
        List<FindingView> findings,
        List<CitationView> citations,
        InferenceDtos.Provenance provenance,
        List<RedFlagView> redFlags,
        String highestSeverity,
        Optional<Canary> canary,
        boolean checked) {

    /** Findings of this severity need a per-finding acknowledgement before the draft can be approved. */
    public static final String ACKNOWLEDGE_FINDING_SEVERITY = "HIGH";
    /** Red flags of this severity need one too. */
    public static final String ACKNOWLEDGE_RED_FLAG_SEVERITY = "EMERGENCY";

    public static DraftUnderReview of(UUID messageId) {
        Screening screening = Screening.findById(messageId);
        Draft draft = Draft.findById(messageId);
        DraftCheck check = DraftCheck.findById(messageId);
        Map<String, String> values = screening == null ? Map.of() : screening.placeholderValues;
        List<RedFlagView> redFlags = new ArrayList<>();
        List<PolicyDtos.RedFlag> flags = screening == null ? List.of() : screening.redFlags;
        for (int i = 0; i < flags.size(); i++) {
            PolicyDtos.RedFlag f = flags.get(i);
            redFlags.add(new RedFlagView(
                    "R" + (i + 1),
                    f.category(),
                    f.severity(),
                    f.start(),
                    f.end(),
                    f.ruleId(),
                    f.layer(),
                    f.score(),
                    ACKNOWLEDGE_RED_FLAG_SEVERITY.equals(f.severity())));
        }
        String severity = screening == null ? null : screening.highestSeverity;
        InferenceDtos.Provenance provenance = draft == null ? null : draft.provenance;
        if (draft == null || !draft.available()) {
            return new DraftUnderReview(
                    null, List.of(), List.of(), provenance, redFlags, severity, Optional.empty(), check != null);
        }
        // A planted error (issue 14) is shown in place until the review has met it; the stored draft never changes.
        Optional<Canary> canary = Canary.activeIn(messageId, draft.draftId);
        Plant plant = canary.map(Canary::plant).orElse(new Plant(0, 0, ""));
        Placeholders.Filled filled = Placeholders.fillIn(plant.apply(draft.text), values);
        List<CitationView> citations = draft.citations == null
                ? List.of()
                : draft.citations.stream()
                        .map(c -> new CitationView(
                                c.passageId(),
                                c.title(),
                                shown(c.start(), false, plant, filled),
                                shown(c.end(), true, plant, filled),
                                c.passageText()))
                        .toList();
        List<FindingView> findings = new ArrayList<>();
        List<PolicyDtos.Finding> found = check == null || check.findings == null ? List.of() : check.findings;
        for (int i = 0; i < found.size(); i++) {
            PolicyDtos.Finding f = found.get(i);
            findings.add(new FindingView(
                    "F" + (i + 1),
                    f.type(),
                    f.severity(),
                    f.start() == null ? null : shown(f.start(), false, plant, filled),
                    f.end() == null ? null : shown(f.end(), true, plant, filled),
                    f.explanation(),
                    ACKNOWLEDGE_FINDING_SEVERITY.equals(f.severity())));
        }
        return new DraftUnderReview(
                filled.text(), findings, citations, provenance, redFlags, severity, canary, check != null);
    }

    /** An offset of the stored draft in the text the clinician is shown. */
    private static int shown(int offset, boolean isEnd, Plant plant, Placeholders.Filled filled) {
        return filled.map(plant.map(offset, isEnd), isEnd);
    }

    /**
     * The SHA-256 of what the clinician is shown: the draft's text and its policy findings. An approval carries it
     * back, so that a draft or a check that changed in between is not approved unseen. Null when there is no draft.
     */
    public String shownSha256() {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(text).append('\u0000').append(checked ? "checked" : "unchecked");
        findings.forEach(f -> shown.append('\u0000')
                .append(f.id())
                .append('|')
                .append(f.type())
                .append('|')
                .append(f.severity())
                .append('|')
                .append(f.start())
                .append('|')
                .append(f.end()));
        return Sha256.hex(shown.toString());
    }

    public boolean available() {
        return text != null;
    }

    /** The ids of the HIGH findings and EMERGENCY red flags an approval must acknowledge one by one. */
    public List<String> acknowledgementsRequired() {
        List<String> ids = new ArrayList<>();
        findings.stream().filter(FindingView::acknowledgementRequired).forEach(f -> ids.add(f.id()));
        redFlags.stream().filter(RedFlagView::acknowledgementRequired).forEach(f -> ids.add(f.id()));
        return ids;
    }

    public boolean emergency() {
        return ACKNOWLEDGE_RED_FLAG_SEVERITY.equals(highestSeverity);
    }
}
