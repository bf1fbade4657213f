package org.careloop.review.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.drafting.Draft;
import org.careloop.review.errors.RemoteServiceException;
import org.careloop.review.inference.InferenceDtos.DraftRequest;
import org.careloop.review.inference.InferenceDtos.DraftResponse;
import org.careloop.review.inference.InferenceService;
import org.careloop.review.questions.PatientQuestion;
import org.careloop.review.screening.Screening;
import org.jboss.logging.Logger;

/**
 * Task_DraftReply: asks inference-service for a draft of the de-identified message. A refused request, or a
 * failure on the job's last attempt, stores "no draft available": care goes on and the clinician writes the reply.
 */
@Named("draftReplyDelegate")
@ApplicationScoped
public class DraftReplyDelegate extends MessageDelegate {

    private static final Logger LOG = Logger.getLogger(DraftReplyDelegate.class);

    @Inject
    InferenceService inference;

    @Inject
    AuditLog audit;

    @Override
    protected void execute(DelegateExecution execution, UUID messageId) {
        Draft draft = Draft.findById(messageId);
        if (draft == null) {
            draft = draft(execution, messageId);
        }
        execution.setVariable(ProcessVariables.DRAFT_AVAILABLE, draft.available());
    }

    private Draft draft(DelegateExecution execution, UUID messageId) {
        Screening screening = Screening.findById(messageId);
        if (screening == null) {
            throw new IllegalStateException("message " + messageId + " has not been screened");
        }
        List<String> categories =
                screening.redFlags.stream().map(f -> f.category()).distinct().toList();
        // Each answer from the patient starts a new round: a new key, so inference-service drafts again.
        long round = PatientQuestion.answers(messageId);
        String idempotencyKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId()
                + (round == 0 ? "" : ":" + round);
        try {
            DraftResponse response =
                    inference.draft(new DraftRequest(idempotencyKey, screening.deidentifiedText, categories));
            Draft draft = newDraft(execution, messageId, Draft.DRAFTED);
            draft.draftId = response.draftId();
            draft.text = response.text();
            draft.citations = response.citations() == null ? List.of() : response.citations();
            draft.provenance = response.provenance();
            draft.persist();
            audit.append(
                    AuditType.DRAFT_DONE,
                    AuditLog.SYSTEM,
                    messageId,
                    execution.getProcessInstanceId(),
                    null,
                    Map.of(
                            "draftId",
                            String.valueOf(response.draftId()),
                            "provider",
                            response.provenance() == null
                                    ? ""
                                    : String.valueOf(response.provenance().provider()),
                            "model",
                            response.provenance() == null
                                    ? ""
                                    : String.valueOf(response.provenance().model()),
                            "citations",
                            draft.citations.size()));
            return draft;
        } catch (RemoteServiceException.Rejected e) {
            return failed(execution, messageId, "inference-service refused the request (" + e.status() + ")");
        } catch (RuntimeException e) {
            if (!JobAttempts.lastAttempt()) {
                throw e;
            }
            return failed(
                    execution,
                    messageId,
                    "drafting failed after retries (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Draft failed(DelegateExecution execution, UUID messageId, String reason) {
        LOG.warnf("no draft for message %s: %s", messageId, reason);
        Draft draft = newDraft(execution, messageId, Draft.FAILED);
        draft.failureReason = reason;
        draft.persist();
        audit.append(
                AuditType.DRAFT_FAILED,
                AuditLog.SYSTEM,
                messageId,
                execution.getProcessInstanceId(),
                null,
                Map.of("reason", reason));
        return draft;
    }

    private static Draft newDraft(DelegateExecution execution, UUID messageId, String status) {
        Draft draft = new Draft();
        draft.messageId = messageId;
        draft.processInstanceId = execution.getProcessInstanceId();
        draft.status = status;
        draft.createdAt = Instant.now();
        return draft;
    }
}
