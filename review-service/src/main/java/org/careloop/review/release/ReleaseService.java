package org.careloop.review.release;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.inbox.Approval;
import org.careloop.review.inbox.DecisionAction;
import org.careloop.review.intake.MessageStatus;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.questions.PatientQuestion;
import org.careloop.review.routing.ReviewRoute;
import org.careloop.review.support.ClinicZone;
import org.careloop.review.support.Sha256;
import org.jboss.logging.Logger;

/**
 * Publishes a reply to the patient, but only text that a clinician approved for this very process instance:
 * the hash of the text is recomputed here and must match an approval record, whatever the process says.
 */
@ApplicationScoped
public class ReleaseService {

    private static final Logger LOG = Logger.getLogger(ReleaseService.class);

    @Inject
    AuditLog audit;

    @Inject
    ClinicZone clinicZone;

    @Inject
    ReleaseMetrics metrics;

    /**
     * Publishes the reply when enough different clinicians approved exactly this text for this process instance:
     * two when review-service routed the review to a second reviewer ({@link ReviewRoute}), whatever the process
     * variables say, and none at all when the review was never routed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Reply release(String processInstanceId, UUID messageId, String text) {
        if (text == null || text.isBlank()) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.NO_REPLY_TEXT);
        }
        if (Canary.markerIn(messageId, text).isPresent()) {
            // The last line of defence for issue 14's invariant: a planted error never reaches the patient, whatever
            // approved it.
            throw refuse(processInstanceId, messageId, ReleaseRefusal.PLANTED_ERROR_IN_REPLY);
        }
        String hash = Sha256.hex(text);
        int approvalsRequired = ReviewRoute.approvalsRequired(processInstanceId);
        if (approvalsRequired == 0) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.NEVER_ROUTED);
        }
        List<Approval> approvers = approvers(processInstanceId, messageId, hash, approvalsRequired);
        Reply existing = Reply.findById(messageId);
        if (existing != null) {
            // The job ran before and committed; running it again must not publish twice or publish other text.
            if (!existing.textSha256.equals(hash)) {
                throw refuse(processInstanceId, messageId, ReleaseRefusal.OTHER_TEXT_RELEASED);
            }
            return existing;
        }
        return publish(processInstanceId, messageId, text, hash, approvers);
    }

    /**
     * One approval of exactly this text per clinician, the first approver first; refused unless there are
     * {@code approvalsRequired} of them, all for this message.
     */
    private List<Approval> approvers(String processInstanceId, UUID messageId, String hash, int approvalsRequired) {
        List<Approval> approvals = Approval.ofReply(processInstanceId, hash).stream()
                .filter(a -> a.clinicianUsername != null && !a.clinicianUsername.isBlank())
                .toList();
        if (approvals.isEmpty()) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.NO_APPROVAL);
        }
        if (approvals.stream().anyMatch(a -> !a.messageId.equals(messageId))) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.APPROVAL_FOR_OTHER_MESSAGE);
        }
        // One approval per clinician: the same person approving twice is still one pair of eyes.
        Map<String, Approval> byClinician = new LinkedHashMap<>();
        approvals.forEach(a -> byClinician.putIfAbsent(a.clinicianUsername, a));
        if (byClinician.size() < approvalsRequired) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.SECOND_REVIEW_MISSING);
        }
        return List.copyOf(byClinician.values());
    }

    private Reply publish(
            String processInstanceId, UUID messageId, String text, String hash, List<Approval> approvers) {
        Approval approval = approvers.get(0);
        Reply reply = new Reply();
        reply.messageId = messageId;
        reply.approvedBy(
                approval,
                processInstanceId,
                text,
                hash,
                label(approval, approvers.size() > 1 ? approvers.get(1) : null));
        reply.releasedAt = Instant.now();
        reply.persist();

        PatientMessage message = PatientMessage.findById(messageId);
        message.moveTo(MessageStatus.ANSWERED);
        audit.append(
                AuditType.REPLY_RELEASED,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                null,
                Map.of(
                        "approvalId",
                        approval.id.toString(),
                        "textSha256",
                        hash,
                        "action",
                        approval.action.name(),
                        "approvals",
                        approvers.size()));
        metrics.released(approval.action, approvers.size());
        LOG.infof("reply to message %s released (approval %s)", messageId, approval.id);
        return reply;
    }

    private String label(Approval first, Approval second) {
        if (second == null) {
            return ReleaseLabel.of(first.action, first.clinicianDisplayName, first.approvedAt, clinicZone.zone());
        }
        if (first.action == DecisionAction.REJECT) {
            return ReleaseLabel.of(first.action, first.clinicianDisplayName, first.approvedAt, clinicZone.zone())
                    + ", confirmed by " + second.clinicianDisplayName;
        }
        return ReleaseLabel.of(
                first.action,
                first.clinicianDisplayName + " and " + second.clinicianDisplayName,
                second.approvedAt,
                clinicZone.zone());
    }

    /**
     * Publishes the clinician's question to the patient (REQUEST_INFO), exactly as written: only with an approval of
     * this text as a question for this process instance. The message then waits for the patient.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PatientQuestion releaseQuestion(String processInstanceId, UUID messageId, String text) {
        if (text == null || text.isBlank()) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.NO_QUESTION_TEXT);
        }
        if (Canary.markerIn(messageId, text).isPresent()) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.PLANTED_ERROR_IN_QUESTION);
        }
        String hash = Sha256.hex(text);
        Approval approval = Approval.ofQuestion(processInstanceId, hash);
        if (approval == null || !approval.messageId.equals(messageId)) {
            throw refuse(processInstanceId, messageId, ReleaseRefusal.NO_QUESTION_APPROVAL);
        }
        PatientQuestion existing =
                PatientQuestion.find("approvalId", approval.id).firstResult();
        if (existing != null) {
            return existing;
        }
        PatientQuestion question = new PatientQuestion();
        question.id = UUID.randomUUID();
        question.messageId = messageId;
        question.approvedBy(
                approval,
                processInstanceId,
                text,
                hash,
                ReleaseLabel.of(
                        DecisionAction.REJECT, approval.clinicianDisplayName, approval.approvedAt, clinicZone.zone()));
        question.askedAt = Instant.now();
        question.persist();

        PatientMessage message = PatientMessage.findById(messageId);
        message.moveTo(MessageStatus.AWAITING_PATIENT);
        metrics.questionReleased();
        audit.append(
                AuditType.QUESTION_RELEASED,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
                null,
                Map.of("approvalId", approval.id.toString(), "textSha256", hash, "questionId", question.id.toString()));
        return question;
    }

    private ReleaseRefusedException refuse(String processInstanceId, UUID messageId, ReleaseRefusal refusal) {
        String reason = refusal.reason();
        LOG.errorf("release of message %s refused: %s", messageId, reason);
        metrics.refused(refusal);
        // Its own transaction: the job's transaction rolls back, the record of the refusal must stay.
        QuarkusTransaction.requiringNew()
                .run(() -> audit.append(
                        AuditType.RELEASE_REFUSED,
                        AuditLog.SYSTEM,
                        messageId,
                        processInstanceId,
                        null,
                        Map.of("reason", reason)));
        return new ReleaseRefusedException("release refused for message " + messageId + ": " + reason);
    }
}
