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
import org.careloop.review.inbox.InboxViews.ChecksView;
import org.careloop.review.inbox.InboxViews.CitationView;
import org.careloop.review.inbox.InboxViews.DecisionRequest;
import org.careloop.review.inbox.InboxViews.DecisionResult;
import org.careloop.review.inbox.InboxViews.DraftView;
import org.careloop.review.inbox.InboxViews.FindingView;
import org.careloop.review.inbox.InboxViews.MessageView;
import org.careloop.review.inbox.InboxViews.RedFlagView;
import org.careloop.review.inbox.InboxViews.TaskDetail;
import org.careloop.review.inbox.InboxViews.TaskSummary;
import org.careloop.review.intake.PatientMessage;
import org.careloop.review.process.ProcessVariables;
import org.careloop.review.screening.Placeholders;
import org.careloop.review.screening.Screening;
import org.careloop.review.security.CurrentUser;
import org.careloop.review.support.Sha256;
import org.jboss.logging.Logger;

/** The clinician's inbox: review tasks of the caller's groups, their content, claims and decisions. */
@ApplicationScoped
public class InboxService {

  public static final int MAX_TEXT_LENGTH = 20_000;

  private static final Logger LOG = Logger.getLogger(InboxService.class);

  @Inject
  TaskService taskService;

  @Inject
  RuntimeService runtimeService;

  @Inject
  HistoryService historyService;

  @Inject
  AuditLog audit;

  /** Open review tasks offered to one of the caller's roles, or assigned to the caller. */
  public List<TaskSummary> openTasks(CurrentUser user) {
    Map<String, Task> tasks = new LinkedHashMap<>();
    List<String> groups = new ArrayList<>(user.roles());
    if (!groups.isEmpty()) {
      taskService.createTaskQuery().processDefinitionKey(PatientReplyModel.PROCESS_ID)
          .taskCandidateGroupIn(groups).includeAssignedTasks().active().list()
          .forEach(t -> tasks.put(t.getId(), t));
    }
    taskService.createTaskQuery().processDefinitionKey(PatientReplyModel.PROCESS_ID)
        .taskAssignee(user.username()).active().list()
        .forEach(t -> tasks.putIfAbsent(t.getId(), t));

    Map<String, String> messageIds = messageIds(tasks.values());
    return tasks.values().stream()
        .sorted(Comparator.comparingInt(Task::getPriority).reversed().thenComparing(Task::getCreateTime))
        .map(t -> summary(t, messageIds.get(t.getProcessInstanceId())))
        .toList();
  }

  /** Everything the clinician needs to decide; reading it is a PHI read and is audited. */
  @Transactional
  public TaskDetail task(String taskId, CurrentUser user) {
    Task task = visibleOpenTask(taskId, user);
    UUID messageId = messageId(task);
    PatientMessage message = PatientMessage.findById(messageId);
    Screening screening = Screening.findById(messageId);
    Draft draft = Draft.findById(messageId);
    DraftCheck check = DraftCheck.findById(messageId);
    Map<String, String> values = screening == null ? Map.of() : screening.placeholderValues;

    DraftView draftView;
    List<FindingView> findings = List.of();
    if (draft != null && draft.available()) {
      Placeholders.Filled filled = Placeholders.fillIn(draft.text, values);
      List<CitationView> citations = draft.citations == null ? List.of() : draft.citations.stream()
          .map(c -> new CitationView(c.passageId(), c.title(), filled.map(c.start(), false), filled.map(c.end(), true)))
          .toList();
      draftView = new DraftView(true, filled.text(), citations, draft.provenance, null);
      if (check != null && check.findings != null) {
        findings = check.findings.stream().map(f -> new FindingView(f.type(), f.severity(),
            f.start() == null ? null : filled.map(f.start(), false),
            f.end() == null ? null : filled.map(f.end(), true), f.explanation())).toList();
      }
    } else {
      draftView = new DraftView(false, null, List.of(), draft == null ? null : draft.provenance,
          draft == null ? "no draft available yet" : "no draft available: " + draft.failureReason);
    }
    ChecksView checks = check == null ? null
        : new ChecksView(check.status, check.riskLevel, check.policyVersion, check.readingGrade);
    List<RedFlagView> redFlags = screening == null ? List.of() : screening.redFlags.stream()
        .map(f -> new RedFlagView(f.category(), f.severity(), f.start(), f.end(), f.ruleId())).toList();

    audit.append(AuditType.TASK_VIEWED, user.username(), messageId, task.getProcessInstanceId(), task.getId(), Map.of());
    return new TaskDetail(task.getId(), messageId.toString(), task.getName(), instant(task.getCreateTime()),
        task.getPriority(), instant(task.getDueDate()), task.getAssignee(),
        message == null ? null : new MessageView(message.id, message.text, message.createdAt),
        draftView, checks, findings, redFlags,
        screening == null ? null : screening.highestSeverity,
        screening != null && screening.promptInjectionSuspected);
  }

  /** Takes the task for the caller; claiming one's own task again is fine, someone else's is a conflict. */
  @Transactional
  public TaskSummary claim(String taskId, CurrentUser user) {
    Task task = visibleOpenTask(taskId, user);
    String me = user.username();
    if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
      throw ApiException.conflict("the task is claimed by someone else");
    }
    if (task.getAssignee() == null) {
      taskService.claim(taskId, me);
      audit.append(AuditType.TASK_CLAIMED, me, messageId(task), task.getProcessInstanceId(), taskId, Map.of());
    }
    Task claimed = taskService.createTaskQuery().taskId(taskId).singleResult();
    return summary(claimed, messageId(task).toString());
  }

  /**
   * Records the clinician's decision with the SHA-256 of the text to release, then completes the task. The
   * release checks that hash again; this record is what makes a release possible.
   */
  @Transactional
  public DecisionResult decide(String taskId, DecisionRequest request, CurrentUser user) {
    DecisionAction action = parse(request);
    Task task = visibleOpenTask(taskId, user);
    String me = user.username();
    if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
      throw ApiException.conflict("the task is claimed by someone else");
    }
    UUID messageId = messageId(task);
    String text = textToRelease(action, request, messageId);

    Approval approval = new Approval();
    approval.id = UUID.randomUUID();
    approval.processInstanceId = task.getProcessInstanceId();
    approval.taskId = taskId;
    approval.messageId = messageId;
    approval.clinicianUsername = me;
    approval.clinicianDisplayName = user.displayName();
    approval.action = action;
    approval.textSha256 = Sha256.hex(text);
    approval.reason = request.reason();
    approval.approvedAt = Instant.now();
    approval.persistAndFlush();

    audit.append(AuditType.DECISION_MADE, me, messageId, task.getProcessInstanceId(), taskId, Map.of(
        "action", action.name(), "approvalId", approval.id.toString(), "textSha256", approval.textSha256));

    if (task.getAssignee() == null) {
      taskService.setAssignee(taskId, me);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.DECISION_ACTION, action.name());
    variables.put(ProcessVariables.APPROVAL_ID, approval.id.toString());
    variables.put(ProcessVariables.REVIEWED_BY, me);
    variables.put(ProcessVariables.REPLY_TEXT, text);
    taskService.complete(taskId, variables);
    LOG.infof("task %s decided %s by %s", taskId, action, me);
    return new DecisionResult(taskId, messageId.toString(), task.getProcessInstanceId(), action,
        approval.textSha256, me, approval.approvedAt);
  }

  private static DecisionAction parse(DecisionRequest request) {
    if (request == null || request.action() == null) {
      throw ApiException.badRequest("action is required: APPROVE, EDIT_AND_APPROVE or REJECT");
    }
    DecisionAction action;
    try {
      action = DecisionAction.valueOf(request.action());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("action must be APPROVE, EDIT_AND_APPROVE or REJECT");
    }
    if (action != DecisionAction.APPROVE) {
      if (request.text() == null || request.text().isBlank()) {
        throw new ApiException(400, "VALIDATION_FAILED", action + " requires the reply text",
            Map.of("text", "must not be blank"));
      }
      if (request.text().length() > MAX_TEXT_LENGTH) {
        throw ApiException.tooLarge("text is " + request.text().length() + " characters; the limit is " + MAX_TEXT_LENGTH);
      }
    }
    return action;
  }

  private static String textToRelease(DecisionAction action, DecisionRequest request, UUID messageId) {
    if (action != DecisionAction.APPROVE) {
      return request.text();
    }
    Draft draft = Draft.findById(messageId);
    if (draft == null || !draft.available()) {
      throw new ApiException(400, "NO_DRAFT", "there is no draft to approve; write the reply with REJECT");
    }
    Screening screening = Screening.findById(messageId);
    return Placeholders.fillIn(draft.text, screening == null ? Map.of() : screening.placeholderValues).text();
  }

  /** An open review task the caller may see; 409 once it has been completed, 404 if unknown or not theirs. */
  private Task visibleOpenTask(String taskId, CurrentUser user) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      boolean completed = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
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

  private boolean offeredTo(String taskId, Set<String> roles) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
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
    runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
        .forEach(pi -> ids.put(pi.getId(), pi.getBusinessKey()));
    return ids;
  }

  private static TaskSummary summary(Task t, String messageId) {
    return new TaskSummary(t.getId(), messageId, t.getName(), instant(t.getCreateTime()), t.getPriority(),
        instant(t.getDueDate()), t.getAssignee());
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}
