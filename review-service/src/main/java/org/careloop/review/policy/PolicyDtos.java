package org.careloop.review.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** Bodies of policy-service's /screen and /check-draft, as in docs/service-contracts.md. */
public final class PolicyDtos {

    private PolicyDtos() {}

    public record ScreenRequest(String messageId, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ScreenResponse(
            String policyVersion,
            String deidentifiedText,
            List<Entity> entities,
            List<RedFlag> redFlags,
            String highestSeverity,
            PromptInjection promptInjection) {}

    /** A de-identified span of the original text; the value itself is never sent back. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String type, String placeholder, int start, int end) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** {@code layer} and {@code score}: which screening layer raised it and how sure it was (absent on old records). */
    public record RedFlag(
            String category, String severity, Integer start, Integer end, String ruleId, String layer, Double score) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PromptInjection(boolean suspected, List<Span> spans) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Span(int start, int end) {}

    public record CheckDraftRequest(
            String messageText, String draftText, List<CheckCitation> citations, List<CheckRedFlag> redFlags) {}

    public record CheckCitation(String passageId, int start, int end) {}

    public record CheckRedFlag(String category, String severity) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckDraftResponse(
            String policyVersion, String riskLevel, List<Finding> findings, Double readingGrade) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String type, String severity, Integer start, Integer end, String explanation) {}
}
