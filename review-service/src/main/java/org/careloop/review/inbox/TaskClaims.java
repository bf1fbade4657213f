package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.errors.ApiException;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.security.CurrentUser;

/** A clinician takes a review task. */
@ApplicationScoped
public class TaskClaims {

    @Inject
    TaskService taskService;

    @Inject
    ReviewTasks reviewTasks;

    @Inject
    SecondReviews secondReviews;

    @Inject
    AuditLog audit;

    /** Takes the task for the caller; claiming one's own task again is fine, someone else's is a conflict. */
    @Transactional
    public TaskSummary claim(String taskId, CurrentUser user) {
        Task task = reviewTasks.visibleOpenTask(taskId, user);
        String me = user.username();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw ApiException.conflict("the task is claimed by someone else");
        }
        if (ReviewTasks.isSecondReview(task)) {
            secondReviews.requireSecondPairOfEyes(task, me);
        }
        if (task.getAssignee() == null) {
            taskService.claim(taskId, me);
            audit.append(
                    AuditType.TASK_CLAIMED,
                    me,
                    reviewTasks.messageId(task),
                    task.getProcessInstanceId(),
                    taskId,
                    Map.of());
        }
        Task claimed = taskService.createTaskQuery().taskId(taskId).singleResult();
        return ReviewTasks.summary(claimed, reviewTasks.messageId(task).toString());
    }
}
