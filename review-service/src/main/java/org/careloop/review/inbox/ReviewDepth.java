package org.careloop.review.inbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careloop.review.errors.ApiException;
import org.careloop.review.inbox.InboxViews.FindingView;
import org.careloop.review.inbox.InboxViews.RedFlagView;
import org.careloop.review.support.TextLimits;

/**
 * Review depth scaled by risk: a draft with HIGH findings, or a reply to a message with an emergency, is approved
 * only when the clinician acknowledges each of those findings and red flags by its id, so that approving means
 * having looked at every one of them, not ticking one box for the lot.
 */
public final class ReviewDepth {

    /** The error code of an approval that leaves a required finding or red flag unacknowledged. */
    public static final String ACKNOWLEDGEMENT_REQUIRED = "ACKNOWLEDGEMENT_REQUIRED";

    /** More ids than this (or than the task has) is not a checklist but abuse: the contract's list limit. */
    static final int MAX_ACKNOWLEDGED = TextLimits.LIST;

    private ReviewDepth() {}

    /** The acknowledged ids, once checked: none unknown, and every required one present. */
    static List<String> acknowledged(DraftUnderReview review, List<String> given) {
        int known = review.findings().size() + review.redFlags().size();
        if (given != null && given.size() > Math.max(MAX_ACKNOWLEDGED, known)) {
            throw new ApiException(
                    400,
                    "VALIDATION_FAILED",
                    "acknowledged lists " + given.size() + " ids; this task has " + known + " findings and red flags",
                    Map.of("acknowledged", "too many ids"));
        }
        Set<String> ids = new LinkedHashSet<>(given == null ? List.of() : given);
        Map<String, String> types = Stream.concat(
                        review.findings().stream().map(f -> Map.entry(f.id(), f.type())),
                        review.redFlags().stream().map(f -> Map.entry(f.id(), f.category())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> unknown = ids.stream()
                .filter(id -> id == null || !types.containsKey(id))
                .map(String::valueOf)
                .limit(10)
                .toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(
                    400,
                    "VALIDATION_FAILED",
                    "acknowledged lists " + String.join(", ", unknown)
                            + ", which this task does not have; its findings and red flags are "
                            + (types.isEmpty()
                                    ? "none"
                                    : String.join(
                                            ", ",
                                            types.keySet().stream().sorted().toList())),
                    Map.of("acknowledged", "unknown ids: " + String.join(", ", unknown)));
        }
        List<String> missing = new ArrayList<>();
        for (FindingView f : review.findings()) {
            if (f.acknowledgementRequired() && !ids.contains(f.id())) {
                missing.add(f.id() + " (" + f.severity() + " finding " + f.type() + ")");
            }
        }
        for (RedFlagView f : review.redFlags()) {
            if (f.acknowledgementRequired() && !ids.contains(f.id())) {
                missing.add(f.id() + " (" + f.severity() + " red flag " + f.category() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(
                    400,
                    ACKNOWLEDGEMENT_REQUIRED,
                    "approving this draft needs each HIGH finding and "
                            + "emergency red flag acknowledged one by one; not acknowledged: "
                            + String.join(", ", missing),
                    Map.of("acknowledged", "missing: " + String.join(", ", missing)));
        }
        return List.copyOf(ids);
    }
}
