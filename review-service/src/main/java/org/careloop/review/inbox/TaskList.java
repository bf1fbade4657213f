package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.security.CurrentUser;

/** The clinician's list of open review tasks. */
@ApplicationScoped
public class TaskList {

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    /** Open review tasks offered to one of the caller's roles, or assigned to the caller. */
    public List<TaskSummary> openTasks(CurrentUser user) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>(user.roles());
        if (!groups.isEmpty()) {
            taskService
                    .createTaskQuery()
                    .processDefinitionKey(PatientReplyModel.PROCESS_ID)
                    .taskCandidateGroupIn(groups)
                    .includeAssignedTasks()
                    .active()
                    .list()
                    .forEach(t -> tasks.put(t.getId(), t));
        }
        taskService
                .createTaskQuery()
                .processDefinitionKey(PatientReplyModel.PROCESS_ID)
                .taskAssignee(user.username())
                .active()
                .list()
                .forEach(t -> tasks.putIfAbsent(t.getId(), t));

        Map<String, String> messageIds = messageIds(tasks.values());
        return tasks.values().stream()
                .sorted(Comparator.comparingInt(Task::getPriority).reversed().thenComparing(Task::getCreateTime))
                .map(t -> ReviewTasks.summary(t, messageIds.get(t.getProcessInstanceId())))
                .toList();
    }

    private Map<String, String> messageIds(Collection<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> ids = new HashMap<>();
        runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(instanceIds)
                .list()
                .forEach(pi -> ids.put(pi.getId(), pi.getBusinessKey()));
        return ids;
    }
}
