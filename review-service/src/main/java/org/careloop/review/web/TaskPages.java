package org.careloop.review.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careloop.review.inbox.InboxViews.CitationView;
import org.careloop.review.inbox.InboxViews.FindingView;
import org.careloop.review.inbox.InboxViews.RedFlagView;
import org.careloop.review.inbox.InboxViews.TaskDetail;
import org.careloop.review.inference.InferenceDtos.Provenance;
import org.careloop.review.web.InboxPageViews.AcknowledgementItem;
import org.careloop.review.web.InboxPageViews.ApprovedText;
import org.careloop.review.web.InboxPageViews.CitationItem;
import org.careloop.review.web.InboxPageViews.Claim;
import org.careloop.review.web.InboxPageViews.DraftPanel;
import org.careloop.review.web.InboxPageViews.Escalation;
import org.careloop.review.web.InboxPageViews.Fact;
import org.careloop.review.web.InboxPageViews.FindingItem;
import org.careloop.review.web.InboxPageViews.MessagePanel;
import org.careloop.review.web.InboxPageViews.QuestionItem;
import org.careloop.review.web.InboxPageViews.RedFlagItem;
import org.careloop.review.web.InboxPageViews.Schedule;
import org.careloop.review.web.InboxPageViews.TaskPage;

/** Turns the inbox API's TaskDetail into the task page: highlighted segments, numbered findings and sources. */
final class TaskPages {

    private TaskPages() {}

    static TaskPage of(TaskDetail d, String me, ZoneId zone, Instant now, List<String> ticked) {
        MessagePanel message = message(d, zone);
        DraftPanel draft = draft(d);
        return new TaskPage(
                d.id(),
                d.messageId(),
                d.name(),
                d.stage(),
                "SECOND_REVIEW".equals(d.stage()),
                new Schedule(
                        d.priority(),
                        Texts.when(d.created(), zone),
                        Texts.when(d.due(), zone),
                        d.due() != null && d.due().isBefore(now)),
                new Claim(d.assignee(), me.equals(d.assignee()), d.assignee() != null && !me.equals(d.assignee())),
                message,
                draft,
                d.approvedText() == null
                        ? new ApprovedText(null, null)
                        : new ApprovedText(
                                d.approvedText().text(), d.approvedText().approvedBy()),
                d.escalation() == null
                        ? new Escalation(null, null, null)
                        : new Escalation(
                                d.escalation().by(),
                                d.escalation().reason(),
                                Texts.when(d.escalation().at(), zone)),
                acknowledgements(d, draft.findings(), message.redFlags(), ticked),
                d.returnedBecause());
    }

    /** The message with its red flags marked; once the patient answered, the flags point into the screened text. */
    private static MessagePanel message(TaskDetail d, ZoneId zone) {
        String messageText = d.message() == null ? "" : d.message().text();
        String screened = d.message() == null ? null : d.message().screenedText();
        String flagged = screened != null ? screened : messageText;
        List<RedFlagItem> redFlags = new ArrayList<>();
        List<Highlights.Span> messageSpans = new ArrayList<>();
        int r = 0;
        for (RedFlagView f : d.redFlags() == null ? List.<RedFlagView>of() : d.redFlags()) {
            r++;
            redFlags.add(new RedFlagItem(
                    r,
                    Texts.humanize(f.category()),
                    f.severity(),
                    source(f),
                    f.start() == null || f.end() == null ? null : safeSub(flagged, f.start(), f.end())));
            if (f.start() != null && f.end() != null && screened == null) {
                messageSpans.add(new Highlights.Span("redflag", r, f.start(), f.end(), ""));
            }
        }
        return new MessagePanel(
                messageText,
                d.message() == null ? "" : Texts.when(d.message().createdAt(), zone),
                Highlights.segments(messageText, messageSpans),
                screened,
                redFlags,
                d.highestSeverity(),
                d.promptInjectionSuspected(),
                !d.screened(),
                d.emergency(),
                d.safetyMessage() == null ? null : d.safetyMessage().text(),
                questions(d, zone));
    }

    private static List<QuestionItem> questions(TaskDetail d, ZoneId zone) {
        return d.questions() == null
                ? List.of()
                : d.questions().stream()
                        .map(q -> new QuestionItem(
                                q.text(),
                                q.askedBy(),
                                Texts.when(q.askedAt(), zone),
                                q.answer(),
                                Texts.when(q.answeredAt(), zone)))
                        .toList();
    }

    /**
     * The draft with its findings and cited sentences marked, numbered as in the lists below it. A draft whose safety
     * check has not run is not shown at all: the page offers no approval of it, only writing the reply.
     */
    private static DraftPanel draft(TaskDetail d) {
        String draftText = d.draft() != null && d.draft().available() && !d.draftPending()
                ? d.draft().text()
                : null;
        List<Highlights.Span> draftSpans = new ArrayList<>();
        List<FindingItem> findings = findings(d, draftText, draftSpans);
        List<CitationItem> citations = citations(d, draftText, draftSpans);
        return new DraftPanel(
                draftText != null,
                d.draftPending(),
                draftText,
                Highlights.segments(draftText, draftSpans),
                d.draft() == null ? "no draft available yet" : d.draft().unavailableReason(),
                findings,
                citations,
                provenance(d.draft() == null ? null : d.draft().provenance()),
                checks(d),
                d.checks() == null ? null : d.checks().riskLevel(),
                draftText == null || d.draft() == null ? null : d.draft().shownSha256());
    }

    private static List<FindingItem> findings(TaskDetail d, String draftText, List<Highlights.Span> draftSpans) {
        List<FindingItem> findings = new ArrayList<>();
        int n = 0;
        for (FindingView f : d.findings() == null ? List.<FindingView>of() : d.findings()) {
            n++;
            String excerpt = draftText != null && f.start() != null && f.end() != null
                    ? safeSub(draftText, f.start(), f.end())
                    : null;
            findings.add(new FindingItem(
                    n, f.type(), Texts.humanize(f.type()), f.severity(), f.explanation(), f.start(), f.end(), excerpt));
            if (f.start() != null && f.end() != null) {
                draftSpans.add(new Highlights.Span(
                        "finding",
                        n,
                        f.start(),
                        f.end(),
                        f.severity() == null ? "" : "sev-" + f.severity().toLowerCase(Locale.ROOT)));
            }
        }
        return findings;
    }

    private static List<CitationItem> citations(TaskDetail d, String draftText, List<Highlights.Span> draftSpans) {
        List<CitationItem> citations = new ArrayList<>();
        int c = 0;
        List<CitationView> cited = d.draft() == null || d.draft().citations() == null
                ? List.of()
                : d.draft().citations();
        for (CitationView citation : cited) {
            c++;
            citations.add(new CitationItem(
                    c,
                    citation.passageId(),
                    citation.title(),
                    draftText == null ? null : safeSub(draftText, citation.start(), citation.end()),
                    citation.passageText()));
            draftSpans.add(new Highlights.Span("cited", c, citation.start(), citation.end(), ""));
        }
        return citations;
    }

    private static List<Fact> provenance(Provenance p) {
        List<Fact> provenance = new ArrayList<>();
        if (p != null) {
            add(provenance, "Provider", p.provider());
            add(provenance, "Model", p.model());
            add(provenance, "Model version", p.modelVersion());
            add(provenance, "Prompt template version", p.promptTemplateVersion());
            add(provenance, "Knowledge base version", p.knowledgeBaseVersion());
            add(provenance, "Time to draft", p.latencyMs() == null ? null : p.latencyMs() + " ms");
            if (p.droppedCitations() != null && !p.droppedCitations().isEmpty()) {
                add(
                        provenance,
                        "Sources the model cited that it was never given (removed)",
                        String.join(", ", p.droppedCitations()));
            }
        }
        return provenance;
    }

    private static List<Fact> checks(TaskDetail d) {
        List<Fact> checks = new ArrayList<>();
        if (d.checks() != null) {
            add(checks, "Risk level", d.checks().riskLevel());
            add(checks, "Policy version", d.checks().policyVersion());
            add(
                    checks,
                    "Reading grade",
                    d.checks().readingGrade() == null
                            ? null
                            : String.format(Locale.ROOT, "%.1f", d.checks().readingGrade()));
        }
        return checks;
    }

    /** The checklist: every finding and red flag the API says an approval must acknowledge, in the API's order. */
    private static List<AcknowledgementItem> acknowledgements(
            TaskDetail d, List<FindingItem> findings, List<RedFlagItem> redFlags, List<String> ticked) {
        List<String> required = d.acknowledgementsRequired() == null ? List.of() : d.acknowledgementsRequired();
        List<AcknowledgementItem> items = new ArrayList<>();
        // The page's items are numbered in the API's order, so the i-th view and the i-th item are the same one.
        List<FindingView> findingViews = d.findings() == null ? List.of() : d.findings();
        for (int i = 0; i < findingViews.size(); i++) {
            String id = findingViews.get(i).id();
            if (required.contains(id)) {
                FindingItem f = findings.get(i);
                items.add(new AcknowledgementItem(
                        id, f.severity() + " finding: " + f.typeText(), f.excerpt(), ticked.contains(id)));
            }
        }
        List<RedFlagView> flagViews = d.redFlags() == null ? List.of() : d.redFlags();
        for (int i = 0; i < flagViews.size(); i++) {
            String id = flagViews.get(i).id();
            if (required.contains(id)) {
                RedFlagItem f = redFlags.get(i);
                items.add(new AcknowledgementItem(
                        id, "Emergency red flag: " + f.category(), f.evidence(), ticked.contains(id)));
            }
        }
        return items;
    }

    private static void add(List<Fact> facts, String label, String value) {
        if (value != null && !value.isBlank() && !value.equals("null")) {
            facts.add(new Fact(label, value));
        }
    }

    /** "rule chest-pain-01", or for the other layers "semantic layer, 0.97" so the clinician sees how sure it was. */
    static String source(RedFlagView f) {
        if (f.layer() == null || "RULES".equals(f.layer())) {
            return "rule " + f.ruleId();
        }
        String layer = f.layer().toLowerCase(java.util.Locale.ROOT) + " layer";
        return f.score() == null ? layer : String.format(java.util.Locale.ROOT, "%s, %.2f", layer, f.score());
    }

    private static String safeSub(String text, int start, int end) {
        int a = Math.max(0, Math.min(start, text.length()));
        int b = Math.max(a, Math.min(end, text.length()));
        return text.substring(a, b);
    }
}
