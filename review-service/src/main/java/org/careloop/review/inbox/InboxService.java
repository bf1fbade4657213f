package org.careloop.review.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.careloop.bpmn.PatientReplyModel;
import org.careloop.review.audit.AuditLog;
import org.careloop.review.audit.AuditType;
import org.careloop.review.checks.DraftCheck;
import org.careloop.review.drafting.Draft;
import org.careloop.review.errors.ApiException;
import org.careloop.review.inbox.InboxViews.ApprovedTextView;
import org.careloop.review.inbox.InboxViews.ChecksView;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.inbox.InboxViews.DecisionResult;
import org.careloop.review.inbox.InboxViews.DraftView;
import org.careloop.review.inbox.InboxViews.EscalationView;
import org.careloop.review.inbox.InboxViews.MessageView;
import org.careloop.review.inbox.InboxViews.QuestionView;
import org.careloop.review.inbox.InboxViews.SafetyMessageView;
import org.careloop.review.inbox.InboxViews.TaskDetail;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.oversight.DecisionMeasurer;
import org.careloop.review.oversight.DecisionSignals;
import org.careloop.review.oversight.canary.Canary;
import org.careloop.review.oversight.canary.CanaryGuard;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.questions.PatientQuestion;
import org.careloop.review.screening.Screening;
import org.careloop.review.security.CurrentUser;
import org.careloop.review.support.Sha256;
import org.jboss.logging.Logger;

/** The clinician's inbox: review tasks of the caller's groups, their content, claims and decisions. */
@ApplicationScoped
public class InboxService {

    public static final int MAX_TEXT_LENGTH = 20_000;
    static final String ESCALATED_BY = "escalatedBy";
    static final String ESCALATION_REASON = "escalationReason";
    static final String ESCALATED_AT = "escalatedAt";

    private static final Logger LOG = Logger.getLogger(InboxService.class);

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    @Inject
    AuditLog audit;

    @Inject
    DecisionMeasurer measurer;

    @Inject
    CanaryGuard canaries;

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
                .map(t -> summary(t, messageIds.get(t.getProcessInstanceId())))
                .toList();
    }

    /**
     * Everything the clinician needs to decide; reading it is a PHI read and is audited, and the first reading by each
     * clinician starts their time on task.
     */
    @Transactional
    public TaskDetail task(String taskId, CurrentUser user) {
        Task task = visibleOpenTask(taskId, user);
        UUID messageId = messageId(task);
        PatientMessage message = PatientMessage.findById(messageId);
        DraftUnderReview review = DraftUnderReview.of(messageId);
        DraftCheck check = DraftCheck.findById(messageId);
        Draft draft = Draft.findById(messageId);

        DraftView draftView = review.available()
                ? new DraftView(true, review.text(), review.citations(), review.provenance(), null)
                : new DraftView(
                        false,
                        null,
                        List.of(),
                        review.provenance(),
                        draft == null ? "no draft available yet" : "no draft available: " + draft.failureReason);
        ChecksView checks = check == null
                ? null
                : new ChecksView(check.status, check.riskLevel, check.policyVersion, check.readingGrade);
        boolean secondReview = PatientReplyModel.TASK_SECOND_REVIEW.equals(task.getTaskDefinitionKey());

        List<PatientQuestion> asked = PatientQuestion.ofMessage(messageId);
        List<QuestionView> questions = asked.stream()
                .map(q -> new QuestionView(q.text, q.clinicianDisplayName, q.askedAt, q.answerText, q.answeredAt))
                .toList();
        String screenedText = message == null || asked.stream().noneMatch(q -> q.answerText != null)
                ? null
                : PatientQuestion.screenedText(message.text, messageId);
        SafetyMessageView safety = message == null || message.safetyText == null
                ? null
                : new SafetyMessageView(
                        message.safetyCategory, message.safetyText, message.safetyVersion, message.safetyShownAt);
        ApprovedTextView approvedText = null;
        if (secondReview) {
            Object action = taskService.getVariable(task.getId(), ProcessVariables.DECISION_ACTION);
            approvedText = new ApprovedTextView(
                    (String) taskService.getVariable(task.getId(), ProcessVariables.REPLY_TEXT),
                    (String) taskService.getVariable(task.getId(), ProcessVariables.REVIEWED_BY),
                    String.valueOf(action));
        }
        EscalationView escalation = null;
        Object escalatedBy = taskService.getVariableLocal(task.getId(), ESCALATED_BY);
        if (escalatedBy != null) {
            escalation = new EscalationView(
                    escalatedBy.toString(),
                    (String) taskService.getVariableLocal(task.getId(), ESCALATION_REASON),
                    instant((java.util.Date) taskService.getVariableLocal(task.getId(), ESCALATED_AT)));
        }

        audit.append(
                AuditType.TASK_VIEWED, user.username(), messageId, task.getProcessInstanceId(), task.getId(), Map.of());
        measurer.opened(task.getId(), user.username(), Instant.now());
        Screening screening = Screening.findById(messageId);
        return new TaskDetail(
                task.getId(),
                messageId.toString(),
                task.getName(),
                instant(task.getCreateTime()),
                task.getPriority(),
                instant(task.getDueDate()),
                task.getAssignee(),
                message == null ? null : new MessageView(message.id, message.text, message.createdAt, screenedText),
                draftView,
                checks,
                review.findings(),
                review.redFlags(),
                review.highestSeverity(),
                screening != null && screening.promptInjectionSuspected,
                stage(task),
                safety != null,
                safety,
                questions,
                approvedText,
                escalation,
                secondReview ? List.of() : review.acknowledgementsRequired(),
                Canary.missedOn(task.getId()).map(canaries::explanation).orElse(null));
    }

    /** Takes the task for the caller; claiming one's own task again is fine, someone else's is a conflict. */
    @Transactional
    public TaskSummary claim(String taskId, CurrentUser user) {
        Task task = visibleOpenTask(taskId, user);
        String me = user.username();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw ApiException.conflict("the task is claimed by someone else");
        }
        if (PatientReplyModel.TASK_SECOND_REVIEW.equals(task.getTaskDefinitionKey())) {
            requireSecondPairOfEyes(task, me);
        }
        if (task.getAssignee() == null) {
            taskService.claim(taskId, me);
            audit.append(AuditType.TASK_CLAIMED, me, messageId(task), task.getProcessInstanceId(), taskId, Map.of());
        }
        Task claimed = taskService.createTaskQuery().taskId(taskId).singleResult();
        return summary(claimed, messageId(task).toString());
    }

    /** A decision through the API. */
    @Transactional
    public DecisionResult decide(String taskId, DecisionRequest request, CurrentUser user) {
        return decide(taskId, request, user, DecisionSignals.API);
    }

    /**
     * Records the clinician's decision with the SHA-256 of the text to release, then completes the task. The
     * release checks that hash again; this record is what makes a release possible. ESCALATE does not complete the
     * task: it hands it to the senior clinicians. Every decision is measured ({@link DecisionMeasurer}) in this
     * transaction; approving a draft with HIGH findings or an emergency needs each of them acknowledged.
     */
    @Transactional
    public DecisionResult decide(String taskId, DecisionRequest request, CurrentUser user, DecisionSignals signals) {
        DecisionAction action = parseAction(request);
        Task task = visibleOpenTask(taskId, user);
        String me = user.username();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw ApiException.conflict("the task is claimed by someone else");
        }
        UUID messageId = messageId(task);
        DraftUnderReview review = DraftUnderReview.of(messageId);
        String team = reviewGroup(task);
        if (PatientReplyModel.TASK_SECOND_REVIEW.equals(task.getTaskDefinitionKey())) {
            DecisionResult result = secondReview(task, action, request, user, messageId);
            measure(result, "SECOND_REVIEW", team, null, List.of(), review, signals);
            return result;
        }
        validate(action, request);
        if (action == DecisionAction.ESCALATE) {
            DecisionResult result = escalate(task, request.reason(), me, messageId);
            measure(result, "REVIEW", team, null, List.of(), review, signals);
            return result;
        }
        String text = action == DecisionAction.REQUEST_INFO ? request.text() : textToRelease(action, request, review);
        boolean approves = action == DecisionAction.APPROVE || action == DecisionAction.EDIT_AND_APPROVE;
        List<String> acknowledged = approves ? ReviewDepth.acknowledged(review, request.acknowledged()) : List.of();
        if (action != DecisionAction.REQUEST_INFO) {
            canaries.judge(
                    review.canary(), taskId, team, task.getProcessInstanceId(), approves, text, review.text(), me);
        }
        Approval approval = approve(task, messageId, action, text, request.reason(), user, acknowledged);

        if (task.getAssignee() == null) {
            taskService.setAssignee(taskId, me);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DECISION_ACTION, action.name());
        variables.put(ProcessVariables.APPROVAL_ID, approval.id.toString());
        variables.put(ProcessVariables.REVIEWED_BY, me);
        variables.put(
                action == DecisionAction.REQUEST_INFO ? ProcessVariables.QUESTION_TEXT : ProcessVariables.REPLY_TEXT,
                text);
        DecisionResult result = new DecisionResult(
                taskId,
                messageId.toString(),
                task.getProcessInstanceId(),
                action,
                approval.textSha256,
                me,
                approval.approvedAt);
        measure(
                result,
                "REVIEW",
                team,
                action == DecisionAction.REQUEST_INFO ? null : text,
                acknowledged,
                review,
                signals);
        taskService.complete(taskId, variables);
        LOG.infof("task %s decided %s by %s", taskId, action, me);
        return result;
    }

    private void measure(
            DecisionResult result,
            String stage,
            String team,
            String releasedText,
            List<String> acknowledged,
            DraftUnderReview review,
            DecisionSignals signals) {
        measurer.record(
                new DecisionMeasurer.Decision(
                        result.taskId(),
                        UUID.fromString(result.messageId()),
                        result.processInstanceId(),
                        stage,
                        result.action().name(),
                        result.decidedBy(),
                        team,
                        result.decidedAt() == null ? Instant.now() : result.decidedAt(),
                        releasedText,
                        acknowledged),
                review,
                signals);
    }

    /**
     * The four-eyes step: a senior clinician who did not approve the text confirms exactly that text (APPROVE) or
     * sends it back to the review (REJECT, with a reason). The release checks two different approvers again.
     */
    private DecisionResult secondReview(
            Task task, DecisionAction action, DecisionRequest request, CurrentUser user, UUID messageId) {
        String me = user.username();
        requireSecondPairOfEyes(task, me);
        if (action != DecisionAction.APPROVE && action != DecisionAction.REJECT) {
            throw ApiException.badRequest(
                    "a second review can APPROVE (confirm the approved text) or REJECT (send it back "
                            + "to the review, with a reason)");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.DECISION_ACTION, action.name());
        variables.put(ProcessVariables.SECOND_REVIEWED_BY, me);
        String sha256 = null;
        Instant at = Instant.now();
        if (action == DecisionAction.APPROVE) {
            String text = (String) taskService.getVariable(task.getId(), ProcessVariables.REPLY_TEXT);
            Approval approval =
                    approve(task, messageId, DecisionAction.APPROVE, text, request.reason(), user, List.of());
            sha256 = approval.textSha256;
            at = approval.approvedAt;
        } else {
            if (request.reason() == null || request.reason().isBlank()) {
                throw new ApiException(
                        400,
                        "VALIDATION_FAILED",
                        "sending the text back requires a reason",
                        Map.of("reason", "must not be blank"));
            }
            audit.append(
                    AuditType.DECISION_MADE,
                    me,
                    messageId,
                    task.getProcessInstanceId(),
                    task.getId(),
                    Map.of("action", "SEND_BACK", "stage", "SECOND_REVIEW"));
        }
        if (task.getAssignee() == null) {
            taskService.setAssignee(task.getId(), me);
        }
        taskService.complete(task.getId(), variables);
        LOG.infof("second review %s decided %s by %s", task.getId(), action, me);
        return new DecisionResult(
                task.getId(), messageId.toString(), task.getProcessInstanceId(), action, sha256, me, at);
    }

    private void requireSecondPairOfEyes(Task task, String me) {
        Object firstApprover = taskService.getVariable(task.getId(), ProcessVariables.REVIEWED_BY);
        if (me.equals(firstApprover)) {
            throw new ApiException(
                    403,
                    "SECOND_REVIEWER_REQUIRED",
                    "you approved this text: the second review must be done by another senior clinician",
                    Map.of("firstApprover", me));
        }
    }

    private Approval approve(
            Task task,
            UUID messageId,
            DecisionAction action,
            String text,
            String reason,
            CurrentUser user,
            List<String> acknowledged) {
        Approval approval = new Approval();
        approval.id = UUID.randomUUID();
        approval.processInstanceId = task.getProcessInstanceId();
        approval.taskId = task.getId();
        approval.messageId = messageId;
        approval.clinicianUsername = user.username();
        approval.clinicianDisplayName = user.displayName();
        approval.action = action;
        approval.textSha256 = Sha256.hex(text);
        approval.reason = reason;
        approval.approvedAt = Instant.now();
        approval.persistAndFlush();
        audit.append(
                AuditType.DECISION_MADE,
                user.username(),
                messageId,
                task.getProcessInstanceId(),
                task.getId(),
                Map.of(
                        "action",
                        action.name(),
                        "approvalId",
                        approval.id.toString(),
                        "textSha256",
                        approval.textSha256,
                        "stage",
                        PatientReplyModel.TASK_SECOND_REVIEW.equals(task.getTaskDefinitionKey())
                                ? "SECOND_REVIEW"
                                : "REVIEW",
                        "acknowledged",
                        String.join(",", acknowledged)));
        return approval;
    }

    /** Hands the open review to the senior clinicians: their group only, unassigned, with the reason on the task. */
    private DecisionResult escalate(Task task, String reason, String me, UUID messageId) {
        List<String> before = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId())
                .toList();
        before.forEach(group -> taskService.deleteCandidateGroup(task.getId(), group));
        taskService.addCandidateGroup(task.getId(), PatientReplyModel.SENIOR_GROUP);
        if (task.getAssignee() != null) {
            taskService.setAssignee(task.getId(), null);
        }
        Instant at = Instant.now();
        taskService.setVariableLocal(task.getId(), ESCALATED_BY, me);
        taskService.setVariableLocal(task.getId(), ESCALATION_REASON, reason);
        taskService.setVariableLocal(task.getId(), ESCALATED_AT, java.util.Date.from(at));
        audit.append(
                AuditType.REVIEW_ESCALATED,
                me,
                messageId,
                task.getProcessInstanceId(),
                task.getId(),
                Map.of(
                        "fromGroups",
                        String.join(",", before),
                        "toGroup",
                        PatientReplyModel.SENIOR_GROUP,
                        "reasonLength",
                        reason.length()));
        LOG.infof("task %s escalated to %s by %s", task.getId(), PatientReplyModel.SENIOR_GROUP, me);
        return new DecisionResult(
                task.getId(), messageId.toString(), task.getProcessInstanceId(), DecisionAction.ESCALATE, null, me, at);
    }

    private static DecisionAction parseAction(DecisionRequest request) {
        String allowed = "APPROVE, EDIT_AND_APPROVE, REJECT, REQUEST_INFO or ESCALATE";
        if (request == null || request.action() == null) {
            throw ApiException.badRequest("action is required: " + allowed);
        }
        try {
            return DecisionAction.valueOf(request.action());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("action must be " + allowed);
        }
    }

    private static void validate(DecisionAction action, DecisionRequest request) {
        if (action == DecisionAction.ESCALATE) {
            if (request.reason() == null || request.reason().isBlank()) {
                throw new ApiException(
                        400, "VALIDATION_FAILED", "ESCALATE requires a reason", Map.of("reason", "must not be blank"));
            }
            checkLength(request.reason());
            return;
        }
        if (action != DecisionAction.APPROVE) {
            if (request.text() == null || request.text().isBlank()) {
                String what = action == DecisionAction.REQUEST_INFO ? "the question for the patient" : "the reply text";
                throw new ApiException(
                        400, "VALIDATION_FAILED", action + " requires " + what, Map.of("text", "must not be blank"));
            }
            checkLength(request.text());
        }
    }

    private static void checkLength(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw ApiException.tooLarge("text is " + text.length() + " characters; the limit is " + MAX_TEXT_LENGTH);
        }
    }

    private static String textToRelease(DecisionAction action, DecisionRequest request, DraftUnderReview review) {
        if (action != DecisionAction.APPROVE) {
            return request.text();
        }
        if (!review.available()) {
            throw new ApiException(400, "NO_DRAFT", "there is no draft to approve; write the reply with REJECT");
        }
        return review.text();
    }

    /** An open review task the caller may see; 409 once it has been completed, 404 if unknown or not theirs. */
    private Task visibleOpenTask(String taskId, CurrentUser user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            boolean completed = historyService
                            .createHistoricTaskInstanceQuery()
                            .taskId(taskId)
                            .finished()
                            .count()
                    > 0;
            if (completed) {
                throw ApiException.conflict("the task has already been decided");
            }
            throw ApiException.notFound("task " + taskId);
        }
        if (!user.username().equals(task.getAssignee()) && !offeredTo(taskId, user.roles())) {
            throw ApiException.notFound("task " + taskId);
        }
        return task;
    }

    /** The review group the task is offered to (the first, when several), before the decision changes it. */
    private String reviewGroup(Task task) {
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

    private UUID messageId(Task task) {
        Object id = taskService.getVariable(task.getId(), ProcessVariables.MESSAGE_ID);
        return UUID.fromString(id.toString());
    }

    private Map<String, String> messageIds(java.util.Collection<Task> tasks) {
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

    private static TaskSummary summary(Task t, String messageId) {
        return new TaskSummary(
                t.getId(),
                messageId,
                t.getName(),
                instant(t.getCreateTime()),
                t.getPriority(),
                instant(t.getDueDate()),
                t.getAssignee(),
                stage(t));
    }

    private static String stage(Task t) {
        return PatientReplyModel.TASK_SECOND_REVIEW.equals(t.getTaskDefinitionKey()) ? "SECOND_REVIEW" : "REVIEW";
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
