package org.careloop.review.oversight.canary;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.errors.ApiException;

/**
 * Judges a first review's decision on a draft with a canary. Text that keeps the planted error is refused: the
 * outcome is stored (in a transaction of its own, since the decision rolls back), the true draft is shown again and
 * the task stays with the clinician, with the reason. Text without it is a catch, stored with the decision.
 */
@ApplicationScoped
public class CanaryGuard {

    public static final String NOT_CAUGHT = "PLANTED_ERROR_NOT_CAUGHT";

    @Inject
    AuditLog audit;

    @Inject
    CanaryPlanter planter;

    /**
     * {@code shown}: the canary in the draft the clinician was shown, if any. {@code approvedText}: the text the
     * decision would release (the draft for APPROVE, the clinician's otherwise).
     */
    public void judge(
            Optional<Canary> shown,
            String taskId,
            String team,
            String processInstanceId,
            boolean draftApproved,
            String approvedText,
            String shownText,
            String decidedBy) {
        if (shown.isEmpty()) {
            return;
        }
        Canary canary = shown.get();
        UUID messageId = canary.messageId;
        if (CanaryKind.contains(approvedText, canary.marker)) {
            CanaryOutcome outcome = approvedText.equals(shownText)
                    ? CanaryOutcome.APPROVED_UNEDITED
                    : CanaryOutcome.APPROVED_WITH_ERROR_KEPT;
            QuarkusTransaction.requiringNew().run(() -> {
                Canary.update(
                        "outcome = ?1, outcomeAt = ?2, decidedBy = ?3, taskId = ?4, team = ?5 where id = ?6",
                        outcome,
                        Instant.now(),
                        decidedBy,
                        taskId,
                        team,
                        canary.id);
                audit.append(
                        AuditType.CANARY_MISSED,
                        decidedBy,
                        messageId,
                        processInstanceId,
                        taskId,
                        Map.of(
                                "canaryId",
                                canary.id.toString(),
                                "kind",
                                canary.kind.name(),
                                "outcome",
                                outcome.name()));
            });
            throw new ApiException(422, NOT_CAUGHT, explanation(canary), Map.of("kind", canary.kind.name()));
        }
        CanaryOutcome outcome = draftApproved ? CanaryOutcome.CAUGHT_BY_EDIT : CanaryOutcome.REJECTED;
        canary.outcome = outcome;
        canary.outcomeAt = Instant.now();
        canary.decidedBy = decidedBy;
        canary.taskId = taskId;
        canary.team = team;
        audit.append(
                AuditType.CANARY_CAUGHT,
                decidedBy,
                messageId,
                processInstanceId,
                taskId,
                Map.of("canaryId", canary.id.toString(), "kind", canary.kind.name(), "outcome", outcome.name()));
    }

    /** What the clinician is told when the task comes back to them. */
    public String explanation(Canary canary) {
        return "Nothing was sent. This draft held an error planted to check that drafts are read ("
                + planter.catalogue().entry(canary.kind).explanation() + ": \"" + canary.marker
                + "\"), and the decision kept "
                + "it. The true draft is shown again: review it before you decide.";
    }
}
