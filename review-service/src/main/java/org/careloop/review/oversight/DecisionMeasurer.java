package org.careloop.review.oversight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.inbox.DraftUnderReview;
import org.careloop.review.inbox.InboxViews.CitationView;
import org.careloop.review.inbox.InboxViews.FindingView;

/**
 * Measures every decision, from the API and from the page alike, in the decision's own transaction: if the
 * measurement cannot be stored, the decision is rolled back with it.
 */
@ApplicationScoped
public class DecisionMeasurer {

    /** The decision as made: {@code releasedText} is the text that replaces the draft, null when none does. */
    public record Decision(
            String taskId,
            UUID messageId,
            String processInstanceId,
            String stage,
            String action,
            String decidedBy,
            String team,
            Instant decidedAt,
            String releasedText,
            List<String> acknowledged) {

        boolean approves() {
            return action.equals("APPROVE") || action.equals("EDIT_AND_APPROVE");
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    /** Remembers when {@code username} first opened the task; later openings change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(String taskId, String username, Instant at) {
        entityManager
                .createNativeQuery("INSERT INTO task_opening (task_id, username, first_opened_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, taskId)
                .setParameter(2, username)
                .setParameter(3, at)
                .executeUpdate();
    }

    Instant firstOpened(String taskId, String username) {
        List<?> rows = entityManager
                .createNativeQuery(
                        "SELECT first_opened_at FROM task_opening WHERE task_id = ?1 AND username = ?2", Instant.class)
                .setParameter(1, taskId)
                .setParameter(2, username)
                .getResultList();
        return rows.isEmpty() ? null : (Instant) rows.get(0);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public DecisionMeasurement record(Decision decision, DraftUnderReview review, DecisionSignals signals) {
        DecisionMeasurement m = new DecisionMeasurement();
        m.id = UUID.randomUUID();
        m.taskId = decision.taskId();
        m.messageId = decision.messageId();
        m.processInstanceId = decision.processInstanceId();
        m.stage = decision.stage();
        m.action = decision.action();
        m.channel = signals.channel().name();
        m.decidedBy = decision.decidedBy();
        m.team = decision.team();
        m.decidedAt = decision.decidedAt();
        m.firstOpenedAt = firstOpened(decision.taskId(), decision.decidedBy());
        m.timeOnTaskMs = m.firstOpenedAt == null
                ? null
                : Math.max(
                        0,
                        Duration.between(m.firstOpenedAt, decision.decidedAt()).toMillis());
        // A second review shows the approved text, not the draft.
        m.draftSeenToEnd = review.available() && "REVIEW".equals(decision.stage()) ? signals.draftSeenToEnd() : null;
        m.modelVersion =
                review.provenance() == null ? null : review.provenance().modelVersion();
        m.emergency = review.emergency();
        m.acknowledged = decision.acknowledged() == null ? List.of() : List.copyOf(decision.acknowledged());
        compare(m, decision, review);
        m.persist();

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measurementId", m.id.toString());
        details.put("channel", m.channel);
        details.put("action", m.action);
        details.put("stage", m.stage);
        details.put("timeOnTaskMs", m.timeOnTaskMs == null ? "not opened" : m.timeOnTaskMs);
        details.put("draftSeenToEnd", m.draftSeenToEnd == null ? "unknown" : m.draftSeenToEnd);
        details.put("wordsChanged", m.wordsChanged == null ? "n/a" : m.wordsChanged);
        details.put("highFindings", m.highFindings);
        details.put("highFindingsUnchanged", m.highFindingsUnchanged);
        details.put("acknowledged", String.join(",", m.acknowledged));
        audit.append(AuditType.DECISION_MEASURED, m.decidedBy, m.messageId, m.processInstanceId, m.taskId, details);
        return m;
    }

    /** Draft against the text that replaces it: only a first review that releases text has both. */
    private static void compare(DecisionMeasurement m, Decision decision, DraftUnderReview review) {
        List<MeasuredFinding> findings = new ArrayList<>();
        TextChanges changes = review.available() && decision.releasedText() != null
                ? TextChanges.between(review.text(), decision.releasedText())
                : null;
        for (FindingView f : review.findings()) {
            Boolean changed = changes == null || f.start() == null || f.end() == null
                    ? null
                    : changes.changedWithin(f.start(), f.end());
            findings.add(new MeasuredFinding(f.id(), f.type(), f.severity(), changed));
            if (DraftUnderReview.ACKNOWLEDGE_FINDING_SEVERITY.equals(f.severity())) {
                m.highFindings++;
                if (decision.approves() && !Boolean.TRUE.equals(changed)) {
                    m.highFindingsUnchanged++;
                }
            }
        }
        m.findings = findings;
        m.citations = review.citations().size();
        if (changes == null) {
            return;
        }
        for (CitationView c : review.citations()) {
            m.citationsDropped += changes.changedWithin(c.start(), c.end()) ? 1 : 0;
        }
        m.draftWords = changes.draftWords();
        m.draftChars = review.text().length();
        m.wordsChanged = changes.wordsChanged();
        m.charsChanged = changes.charsChanged();
    }
}
