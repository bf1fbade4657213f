package org.careloop.review.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.drafting.Draft;
import org.careloop.review.inbox.InboxService;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.inbox.InboxViews.DecisionResult;
import org.careloop.review.screening.Placeholders;
import org.careloop.review.screening.Screening;
import org.careloop.review.security.CurrentUser;

/**
 * A decision from the inbox page: InboxService decides exactly as for the API, and in the same transaction the
 * oversight figures (time on task, word edit distance between the draft and the released text) are stored and
 * audited. If storing them fails, the decision is rolled back with them.
 */
@ApplicationScoped
public class DecisionOversightService {

  /** Longer than this is not time on task but a page left open: recorded as null. */
  static final Duration MAX_TIME_ON_TASK = Duration.ofHours(12);

  @Inject
  InboxService inbox;

  @Inject
  TaskService taskService;

  @Inject
  AuditLog audit;

  @Transactional
  public DecisionResult decide(String taskId, DecisionRequest request, CurrentUser user, Long openedAtMillis) {
    Task before = taskService.createTaskQuery().taskId(taskId).singleResult();
    boolean secondReview = before != null
        && PatientReplyModel.TASK_SECOND_REVIEW.equals(before.getTaskDefinitionKey());
    DecisionResult result = inbox.decide(taskId, request, user);

    UUID messageId = UUID.fromString(result.messageId());
    Instant decidedAt = result.decidedAt() == null ? Instant.now() : result.decidedAt();
    String draft = secondReview ? null : filledDraft(messageId);
    String released = switch (result.action()) {
      case APPROVE -> secondReview ? null : draft;
      case EDIT_AND_APPROVE, REJECT -> secondReview ? null : request.text();
      default -> null;
    };

    DecisionOversight row = new DecisionOversight();
    row.id = UUID.randomUUID();
    row.taskId = taskId;
    row.messageId = messageId;
    row.processInstanceId = result.processInstanceId();
    row.stage = secondReview ? "SECOND_REVIEW" : "REVIEW";
    row.action = result.action().name();
    row.decidedBy = result.decidedBy();
    row.decidedAt = decidedAt;
    row.timeOnTaskMs = timeOnTask(openedAtMillis, decidedAt);
    if (draft != null && released != null) {
      row.editDistanceWords = EditDistance.words(draft, released);
      row.draftWords = EditDistance.words(draft).size();
      row.finalWords = EditDistance.words(released).size();
    }
    row.persist();

    Map<String, Object> details = new HashMap<>();
    details.put("measure", "oversight");
    details.put("action", row.action);
    details.put("stage", row.stage);
    details.put("timeOnTaskMs", row.timeOnTaskMs == null ? "unknown" : row.timeOnTaskMs);
    details.put("editDistanceWords", row.editDistanceWords == null ? "n/a" : row.editDistanceWords);
    // No audit type of its own yet (AuditType belongs to the workflow code): recorded as a detail of the decision.
    audit.append(AuditType.DECISION_MADE, user.username(), messageId, result.processInstanceId(), taskId, details);
    return result;
  }

  static Long timeOnTask(Long openedAtMillis, Instant decidedAt) {
    if (openedAtMillis == null) {
      return null;
    }
    long ms = decidedAt.toEpochMilli() - openedAtMillis;
    return ms < 0 || ms > MAX_TIME_ON_TASK.toMillis() ? null : ms;
  }

  /** The draft as the clinician saw it, placeholders filled in; null when there was none. */
  private static String filledDraft(UUID messageId) {
    Draft draft = Draft.findById(messageId);
    if (draft == null || !draft.available()) {
      return null;
    }
    Screening screening = Screening.findById(messageId);
    return Placeholders.fillIn(draft.text, screening == null ? Map.of() : screening.placeholderValues).text();
  }
}
