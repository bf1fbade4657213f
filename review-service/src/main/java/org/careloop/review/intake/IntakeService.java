package org.careloop.review.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.errors.ApiException;
import org.careloop.review.errors.RequestValidation;
import org.careloop.review.inbox.Approval;
import org.careloop.review.inbox.DecisionAction;
import org.careloop.review.intake.PatientMessageViews.AnswerRequest;
import org.careloop.review.intake.PatientMessageViews.PatientMessageView;
import org.careloop.review.intake.PatientMessageViews.ReplyView;
import org.careloop.review.intake.PatientMessageViews.SendMessageRequest;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.questions.PatientQuestion;
import org.careloop.review.release.ReleaseLabel;
import org.careloop.review.release.Reply;
import org.careloop.review.screening.Screening;
import org.careloop.review.transparency.AiUseNotice;
import org.jboss.logging.Logger;

/** Receives patients' messages and shows patients their own messages and released replies. */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    @Inject
    RequestValidation requests;

    @Inject
    RuntimeService runtimeService;

    @Inject
    AuditLog audit;

    @Inject
    AiUseNotice notice;

    /**
     * Stores the message and starts patient-reply in one transaction. The first service task is asyncBefore,
     * so the start commits at once with the message: accepted work survives a crash.
     */
    @Transactional
    public PatientMessage receive(String patientId, String text) {
        requests.check(new SendMessageRequest(text));
        PatientMessage message = new PatientMessage();
        message.id = UUID.randomUUID();
        message.patientId = patientId;
        message.text = text;
        message.status = MessageStatus.RECEIVED;
        message.createdAt = Instant.now();
        message.updatedAt = message.createdAt;
        message.persist();

        ProcessInstance instance = runtimeService.startProcessInstanceByKey(
                PatientReplyModel.PROCESS_ID,
                message.id.toString(),
                Map.of(ProcessVariables.MESSAGE_ID, message.id.toString()));
        message.processInstanceId = instance.getId();

        audit.append(
                AuditType.MESSAGE_RECEIVED,
                patientId,
                message.id,
                instance.getId(),
                null,
                Map.of("length", text.length()));
        LOG.infof("message %s received, process instance %s", message.id, instance.getId());
        return message;
    }

    @Transactional
    public List<PatientMessageView> messagesOf(String patientId) {
        List<PatientMessage> messages = PatientMessage.ofPatient(patientId);
        List<UUID> ids = messages.stream().map(m -> m.id).toList();
        Map<UUID, ReplyView> replies =
                replyViews(ids.isEmpty() ? List.of() : Reply.<Reply>list("messageId in ?1", ids));
        audit.append(AuditType.PATIENT_READ_MESSAGES, patientId, null, null, null, Map.of("count", messages.size()));
        Map<UUID, PatientQuestion> questions = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            PatientQuestion.<PatientQuestion>list("messageId in ?1 order by askedAt", ids)
                    .forEach(q -> questions.put(q.messageId, q));
        }
        return messages.stream()
                .map(m -> PatientMessageView.of(m, replies.get(m.id), questions.get(m.id)))
                .toList();
    }

    /** A patient's own message; another patient's message is "not found", not "forbidden". */
    @Transactional
    public PatientMessageView messageOf(String patientId, UUID messageId) {
        PatientMessage message = PatientMessage.findById(messageId);
        if (message == null || !message.patientId.equals(patientId)) {
            throw ApiException.notFound("message " + messageId);
        }
        audit.append(AuditType.PATIENT_READ_MESSAGE, patientId, message.id, message.processInstanceId, null, Map.of());
        return PatientMessageView.of(message, replyView(messageId), PatientQuestion.latest(messageId));
    }

    /**
     * The patient's answer to the clinician's pending question: stored, then the process (waiting at
     * Event_PatientAnswered, business key = message id) is woken and screens and drafts again with both texts.
     * The previous screening, draft and check are dropped so that the next round computes them anew; the audit
     * trail keeps their facts.
     */
    @Transactional
    public PatientMessageView answer(String patientId, UUID messageId, String text) {
        requests.check(new AnswerRequest(text));
        PatientMessage message = PatientMessage.findById(messageId);
        if (message == null || !message.patientId.equals(patientId)) {
            throw ApiException.notFound("message " + messageId);
        }
        PatientQuestion question = PatientQuestion.latest(messageId);
        if (question == null || !question.pending() || message.status != MessageStatus.AWAITING_PATIENT) {
            throw ApiException.conflict("no question is waiting for an answer on this message");
        }
        question.answerText = text;
        question.answeredAt = Instant.now();
        DraftCheck.deleteById(messageId);
        Draft.deleteById(messageId);
        Screening.deleteById(messageId);
        message.moveTo(MessageStatus.IN_REVIEW);
        long waiting = runtimeService
                .createExecutionQuery()
                .processInstanceBusinessKey(messageId.toString())
                .messageEventSubscriptionName(PatientReplyModel.MESSAGE_PATIENT_ANSWERED)
                .count();
        if (waiting == 0) {
            throw ApiException.conflict("the review is not waiting for an answer on this message");
        }
        runtimeService
                .createMessageCorrelation(PatientReplyModel.MESSAGE_PATIENT_ANSWERED)
                .processInstanceBusinessKey(messageId.toString())
                .correlateWithResult();
        audit.append(
                AuditType.PATIENT_ANSWERED,
                patientId,
                messageId,
                message.processInstanceId,
                null,
                Map.of("questionId", question.id.toString(), "length", text.length()));
        LOG.infof("message %s: patient answered question %s", messageId, question.id);
        return PatientMessageView.of(message, replyView(messageId), question);
    }

    private ReplyView replyView(UUID messageId) {
        Reply reply = Reply.findById(messageId);
        return reply == null ? null : replyViews(List.of(reply)).get(messageId);
    }

    /** The replies as the patient sees them: whether AI drafted each comes from the approval it was released on. */
    private Map<UUID, ReplyView> replyViews(List<Reply> replies) {
        if (replies.isEmpty()) {
            return Map.of();
        }
        Map<UUID, DecisionAction> actions =
                Approval.<Approval>list(
                                "id in ?1",
                                replies.stream().map(r -> r.approvalId).toList())
                        .stream()
                        .collect(Collectors.toMap(a -> a.id, a -> a.action));
        return replies.stream()
                .collect(Collectors.toMap(
                        r -> r.messageId,
                        r -> ReplyView.of(r, ReleaseLabel.draftedWithAi(actions.get(r.approvalId)), notice.url())));
    }
}
