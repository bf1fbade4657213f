package org.careloop.review.drafting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.errors.RemoteServiceException;
import org.careloop.review.inference.InferenceDtos.DraftRequest;
import org.careloop.review.inference.InferenceDtos.DraftResponse;
import org.careloop.review.inference.InferenceServiceCalls;
import org.careloop.review.questions.PatientQuestion;
import org.careloop.review.screening.Screening;
import org.jboss.logging.Logger;

/**
 * Asks inference-service for a draft of the de-identified message. A refused request, or a failure on the job's
 * last attempt, stores "no draft available": care goes on and the clinician writes the reply.
 */
@ApplicationScoped
public class DraftRequester {

    private static final Logger LOG = Logger.getLogger(DraftRequester.class);

    @Inject
    InferenceServiceCalls inference;

    @Inject
    AuditLog audit;

    /**
     * The message's draft: the stored one, else a new request. {@code step} is the process step asking (part of the
     * idempotency key); {@code lastAttempt} says whether a failure is final or the job retries.
     */
    public Draft draftOnce(UUID messageId, String processInstanceId, String step, BooleanSupplier lastAttempt) {
        Draft draft = Draft.findById(messageId);
        return draft != null ? draft : request(messageId, processInstanceId, step, lastAttempt);
    }

    private Draft request(UUID messageId, String processInstanceId, String step, BooleanSupplier lastAttempt) {
        Screening screening = Screening.findById(messageId);
        if (screening == null) {
            throw new IllegalStateException("message " + messageId + " has not been screened");
        }
        List<String> categories =
                screening.redFlags.stream().map(f -> f.category()).distinct().toList();
        // Each answer from the patient starts a new round: a new key, so inference-service drafts again.
        long round = PatientQuestion.answers(messageId);
        String idempotencyKey = processInstanceId + ":" + step + (round == 0 ? "" : ":" + round);
        try {
            DraftResponse response =
                    inference.draft(new DraftRequest(idempotencyKey, screening.deidentifiedText, categories));
            return drafted(messageId, processInstanceId, response);
        } catch (RemoteServiceException.Rejected e) {
            return failed(messageId, processInstanceId, "inference-service refused the request (" + e.status() + ")");
        } catch (RuntimeException e) {
            if (!lastAttempt.getAsBoolean()) {
                throw e;
            }
            return failed(
                    messageId,
                    processInstanceId,
                    "drafting failed after retries (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Draft drafted(UUID messageId, String processInstanceId, DraftResponse response) {
        Draft draft = newDraft(messageId, processInstanceId, Draft.DRAFTED);
        draft.draftId = response.draftId();
        draft.text = response.text();
        draft.citations = response.citations() == null ? List.of() : response.citations();
        draft.provenance = response.provenance();
        draft.persist();
        audit.append(
                AuditType.DRAFT_DONE,
                AuditLog.SYSTEM,
                messageId,
                processInstanceId,
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
    }

    private Draft failed(UUID messageId, String processInstanceId, String reason) {
        LOG.warnf("no draft for message %s: %s", messageId, reason);
        Draft draft = newDraft(messageId, processInstanceId, Draft.FAILED);
        draft.failureReason = reason;
        draft.persist();
        audit.append(
                AuditType.DRAFT_FAILED, AuditLog.SYSTEM, messageId, processInstanceId, null, Map.of("reason", reason));
        return draft;
    }

    private static Draft newDraft(UUID messageId, String processInstanceId, String status) {
        Draft draft = new Draft();
        draft.messageId = messageId;
        draft.processInstanceId = processInstanceId;
        draft.status = status;
        draft.createdAt = Instant.now();
        return draft;
    }
}
