package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.errors.ApiException;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.security.CurrentUser;
import org.careloop.review.support.EngineIds;

/** The review tasks as the inbox sees them: which one the caller may see, its message, group and stage. */
@ApplicationScoped
class ReviewTasks {

    static final String REVIEW = "REVIEW";
    static final String SECOND_REVIEW = "SECOND_REVIEW";

    @Inject
    TaskService taskService;

    @Inject
    HistoryService historyService;

    @Inject
    RuntimeService runtimeService;

    /**
     * An open review task the caller may see. 404 when it is unknown or was never theirs, decided or not, so that a
     * task id says nothing to a clinician it was not offered to; 409 once a task they could see has been decided.
     */
    Task visibleOpenTask(String taskId, CurrentUser user) {
        if (!EngineIds.plausible(taskId)) {
            throw ApiException.notFound("task");
        }
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            if (wasOfferedAndFinished(taskId, user)) {
                throw ApiException.conflict("the task has already been decided");
            }
            throw ApiException.notFound("task " + taskId);
        }
        if (!user.username().equals(task.getAssignee()) && !offeredTo(taskId, user.roles())) {
            throw ApiException.notFound("task " + taskId);
        }
        return task;
    }

    /** A finished task that was the caller's, or offered to them or one of their groups at some point. */
    private boolean wasOfferedAndFinished(String taskId, CurrentUser user) {
        HistoricTaskInstance finished = historyService
                .createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .finished()
                .singleResult();
        if (finished == null) {
            return false;
        }
        String me = user.username();
        if (me.equals(finished.getAssignee())) {
            return true;
        }
        return historyService.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .anyMatch(link -> me.equals(link.getUserId())
                        || IdentityLinkType.CANDIDATE.equals(link.getType())
                                && link.getGroupId() != null
                                && user.roles().contains(link.getGroupId()));
    }

    /** The review group the task is offered to (the first, when several), before the decision changes it. */
    String reviewGroup(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .sorted()
                .findFirst()
                .orElse(null);
    }

    private boolean offeredTo(String taskId, Set<String> roles) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null
                        && roles.contains(link.getGroupId()));
    }

    UUID messageId(Task task) {
        // Read on the process instance, set at its start: resolving it from the task walks the task's execution
        // tree, which a parallel branch joining at the same moment (an emergency's draft arriving) can replace
        // under it (ENGINE-03077 "Cannot resolve parent").
        Object id = runtimeService.getVariable(task.getProcessInstanceId(), ProcessVariables.MESSAGE_ID);
        return UUID.fromString(id.toString());
    }

    static TaskSummary summary(Task t, String messageId) {
        UUID id = UUID.fromString(messageId);
        return new TaskSummary(
                t.getId(),
                messageId,
                t.getName(),
                instant(t.getCreateTime()),
                t.getPriority(),
                instant(t.getDueDate()),
                t.getAssignee(),
                stage(t),
                ReviewProgress.screened(id),
                !isSecondReview(t) && ReviewProgress.draftPending(id));
    }

    static boolean isSecondReview(Task t) {
        return PatientReplyModel.TASK_SECOND_REVIEW.equals(t.getTaskDefinitionKey());
    }

    static String stage(Task t) {
        return isSecondReview(t) ? SECOND_REVIEW : REVIEW;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
