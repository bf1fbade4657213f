package org.careloop.review.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What the inbox pages show. */
public final class InboxPageViews {

    private InboxPageViews() {}

    /** One row of the task list: the API's task summary plus the screening's and the check's headline. */
    @TemplateData
    public record TaskRow(
            String id,
            String messageId,
            String name,
            String stage,
            int priority,
            String created,
            long createdEpoch,
            String due,
            long dueEpoch,
            boolean overdue,
            String assignee,
            boolean mine,
            String severity,
            String categories,
            String risk,
            boolean notScreened,
            boolean draftPending) {

        public String severityClass() {
            return severity == null ? "" : "sev-" + severity.toLowerCase(java.util.Locale.ROOT);
        }

        public String riskClass() {
            return risk == null ? "" : "risk-" + risk.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The list's filters and sort order, echoed back into the form. */
    @TemplateData
    public record Filters(String severity, String risk, String assigned, boolean overdueOnly, String sort) {

        /** The filters as query parameters, for the links to other pages. */
        String queryString() {
            StringBuilder q = new StringBuilder("sort=").append(encode(sort));
            if (severity != null) {
                q.append("&severity=").append(encode(severity));
            }
            if (risk != null) {
                q.append("&risk=").append(encode(risk));
            }
            if (assigned != null) {
                q.append("&assigned=").append(encode(assigned));
            }
            if (overdueOnly) {
                q.append("&overdue=on");
            }
            return q.toString();
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Which page of the list is shown, where the rows start, and the links to the pages before and after. */
    @TemplateData
    public record Paging(int page, int first, int last, String previous, String next) {

        static Paging of(org.careloop.review.inbox.InboxPage result, Filters filters) {
            int page = result.query().page();
            int first = (page - 1) * result.query().size() + 1;
            String base = "/inbox?" + filters.queryString() + "&page=";
            return new Paging(
                    page,
                    first,
                    first + result.tasks().size() - 1,
                    page > 1 ? base + (page - 1) : null,
                    result.hasNext() ? base + (page + 1) : null);
        }
    }

    @TemplateData
    public record FindingItem(
            int number,
            String type,
            String typeText,
            String severity,
            String explanation,
            Integer start,
            Integer end,
            String excerpt) {

        public String severityClass() {
            return severity == null ? "" : "sev-" + severity.toLowerCase(java.util.Locale.ROOT);
        }

        public boolean located() {
            return start != null && end != null;
        }
    }

    @TemplateData
    public record CitationItem(int number, String passageId, String title, String supportedText, String passageText) {}

    /** {@code source}: the rule, or the screening layer and its score, that raised the flag. */
    @TemplateData
    public record RedFlagItem(int number, String category, String severity, String source, String evidence) {

        public String severityClass() {
            return severity == null ? "" : "sev-" + severity.toLowerCase(java.util.Locale.ROOT);
        }
    }

    @TemplateData
    public record Fact(String label, String value) {}

    /**
     * One line of the checklist an approval needs: a HIGH finding (F1, ...) or an emergency red flag (R1, ...);
     * {@code ticked} keeps the clinician's ticks when the page comes back with a problem.
     */
    @TemplateData
    public record AcknowledgementItem(String id, String what, String excerpt, boolean ticked) {}

    @TemplateData
    public record QuestionItem(String text, String askedBy, String askedAt, String answer, String answeredAt) {}

    /** Everything the task page shows, built from the inbox API's TaskDetail, one record per part of the page. */
    @TemplateData
    public record TaskPage(
            String id,
            String messageId,
            String name,
            String stage,
            boolean secondReview,
            Schedule schedule,
            Claim claim,
            MessagePanel message,
            DraftPanel draft,
            ApprovedText approved,
            Escalation escalation,
            List<AcknowledgementItem> acknowledgements,
            String returnedBecause) {}

    /** The task's priority, when it came in and when it is due. */
    @TemplateData
    public record Schedule(int priority, String created, String due, boolean overdue) {}

    /** Who claimed the task: the caller, someone else, or nobody ({@code assignee} null). */
    @TemplateData
    public record Claim(String assignee, boolean byMe, boolean byOther) {}

    /** The patient's message with its red flags, the safety message of an emergency and the questions asked. */
    @TemplateData
    public record MessagePanel(
            String text,
            String sentAt,
            List<Highlights.Segment> segments,
            String screenedText,
            List<RedFlagItem> redFlags,
            String highestSeverity,
            boolean promptInjectionSuspected,
            boolean notScreened,
            boolean emergency,
            String safetyText,
            List<QuestionItem> questions) {

        public String severityClass() {
            return highestSeverity == null ? "" : "sev-" + highestSeverity.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The draft with its findings and sources marked, its provenance and its checks; or why there is none. */
    @TemplateData
    public record DraftPanel(
            boolean available,
            boolean pending,
            String text,
            List<Highlights.Segment> segments,
            String unavailableReason,
            List<FindingItem> findings,
            List<CitationItem> citations,
            List<Fact> provenance,
            List<Fact> checks,
            String riskLevel,
            String shownSha256) {

        public String riskClass() {
            return riskLevel == null ? "" : "risk-" + riskLevel.toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** In a second review: the text the first reviewer approved, and who. */
    @TemplateData
    public record ApprovedText(String text, String by) {}

    /** Who escalated the task to the senior clinicians, why and when; all null when nobody did. */
    @TemplateData
    public record Escalation(String by, String reason, String at) {}
}
