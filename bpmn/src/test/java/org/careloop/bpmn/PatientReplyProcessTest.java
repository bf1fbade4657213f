package org.careloop.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.careloop.bpmn.routing.ReviewRouting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the patient-reply model and the real review-routing table on an in-memory engine, with the delegates
 * replaced by recording stubs. One test per path.
 */
@Deployment(resources = {PatientReplyModel.RESOURCE, PatientReplyModel.ROUTING_RESOURCE})
class PatientReplyProcessTest {

    private static final Set<String> CLINICAL = Set.of("clinician", "senior-clinician", "on-call");

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final List<String> calls = new ArrayList<>();
    private String severity = "ROUTINE";
    private String category;
    private String risk = "LOW";

    @BeforeEach
    void registerDelegates() {
        init(engine.getProcessEngine());
        Mocks.register("screenMessageDelegate", (JavaDelegate) e -> {
            calls.add("screen");
            e.setVariable("highestSeverity", severity);
            e.setVariable("redFlagSeverity", severity);
            e.setVariable("redFlagCategory", category);
            e.setVariable("riskLevel", "NONE");
        });
        Mocks.register("screenBesideReviewDelegate", recording("screen-beside"));
        Mocks.register("draftReplyDelegate", (JavaDelegate) e -> {
            calls.add("draft");
            e.setVariable("draftAvailable", true);
        });
        Mocks.register("checkDraftDelegate", (JavaDelegate) e -> {
            calls.add("check");
            e.setVariable("riskLevel", risk);
        });
        Mocks.register("showSafetyMessageDelegate", recording("safety-message"));
        // What review-service's RouteCheckedDraftDelegate does to the flow: the table again with the check's risk
        // level, a second review only ever added.
        Mocks.register("routeCheckedDraftDelegate", (JavaDelegate) e -> {
            calls.add("route-checked");
            DmnDecisionResult result = e.getProcessEngineServices()
                    .getDecisionService()
                    .evaluateDecisionByKey(PatientReplyModel.ROUTING_DECISION)
                    .variables(Variables.createVariables()
                            .putValue("redFlagSeverity", e.getVariable("redFlagSeverity"))
                            .putValue("redFlagCategory", e.getVariable("redFlagCategory"))
                            .putValue("riskLevel", e.getVariable("riskLevel")))
                    .evaluate();
            ReviewRouting routing = ReviewRouting.of(result.getSingleResult().getEntryMap(), CLINICAL);
            e.setVariable(
                    "secondReviewRequired",
                    routing.secondReviewRequired() || Boolean.TRUE.equals(e.getVariable("secondReviewRequired")));
        });
        Mocks.register("askPatientDelegate", recording("ask-patient"));
        Mocks.register("escalateReviewDelegate", (JavaDelegate) e -> {
            calls.add("escalate");
            Task review = taskService()
                    .createTaskQuery()
                    .processInstanceId(e.getProcessInstanceId())
                    .taskDefinitionKey("Task_ReviewDraft")
                    .singleResult();
            taskService().setPriority(review.getId(), review.getPriority() + 20);
            taskService().addCandidateGroup(review.getId(), "senior-clinician");
        });
        Mocks.register("releaseReplyDelegate", recording("release"));
        Mocks.register(
                "reviewTaskListener", (TaskListener) t -> calls.add("review-created:" + t.getTaskDefinitionKey()));
        // What review-service's ReviewRoutingListener does, with the same checks.
        Mocks.register("reviewRoutingListener", (ExecutionListener) e -> {
            DmnDecisionResult result = (DmnDecisionResult) e.getVariableLocal("decisionResult");
            ReviewRouting routing = ReviewRouting.of(
                    result.getSingleResult() == null
                            ? null
                            : result.getSingleResult().getEntryMap(),
                    CLINICAL);
            e.setVariable("reviewGroup", routing.reviewGroup());
            e.setVariable("reviewPriority", routing.priority());
            e.setVariable("reviewDueDate", routing.dueDate(ClockUtil.getCurrentTime()));
            e.setVariable("secondReviewRequired", routing.secondReviewRequired());
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private JavaDelegate recording(String name) {
        return execution -> calls.add(name);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PatientReplyModel.PROCESS_ID, "message-1");
    }

    /** The screening job, then the split's job, which opens the review and queues drafting beside it. */
    private void screenAndOpenTheReview(ProcessInstance pi) {
        execute(job(pi));
        assertThat(pi).isWaitingAt("Gateway_ReviewSplit");
        execute(job(pi));
        assertThat(pi).isWaitingAt("Task_ReviewDraft", "Task_DraftReply");
    }

    /** Screening opens the review at once; the draft and check jobs run beside it. The process then waits there. */
    private void screenDraftAndCheck(ProcessInstance pi) {
        screenAndOpenTheReview(pi);
        execute(job("Task_DraftReply", pi));
        assertThat(pi).isWaitingAt("Task_ReviewDraft", "Task_CheckDraft");
        execute(job("Task_CheckDraft", pi));
        assertThat(pi).isWaitingAt("Task_ReviewDraft").hasPassed("EndEvent_DraftOnReview");
    }

    @Test
    void shouldCommitTheStartBeforeScreeningTheMessage() {
        ProcessInstance pi = start();

        assertThat(pi).isStarted().isWaitingAt("Task_ScreenMessage");
        assertThat(job(pi)).isNotNull();
        assertThat(calls).isEmpty();
    }

    @Test
    void routineShouldReleaseOnlyAfterAClinicianReviewedTheDraft() {
        ProcessInstance pi = start();
        screenDraftAndCheck(pi);

        assertThat(pi).isWaitingAt("Task_ReviewDraft");
        assertThat(task(pi)).hasCandidateGroup("clinician").isNotAssigned();
        assertThat(task(pi).getPriority()).isEqualTo(30);
        assertThat(task(pi).getDueDate())
                .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(24))), 5_000);
        assertThat(calls)
                .containsExactly("screen", "review-created:Task_ReviewDraft", "draft", "check", "route-checked");

        complete(task(pi), withVariables("decisionAction", "APPROVE"));
        assertThat(pi).isWaitingAt("Task_ReleaseReply");
        assertThat(calls).doesNotContain("release");

        execute(job(pi));
        assertThat(pi)
                .hasPassedInOrder("Task_ScreenMessage", "Task_RouteReview", "Task_ReviewDraft", "Task_ReleaseReply")
                .hasPassed("Task_DraftReply", "Task_CheckDraft", "Task_RouteCheckedDraft")
                .isEnded();
        assertThat(pi).hasPassed("EndEvent_ReplyReleased").hasNotPassed("Task_SecondReview", "Task_ShowSafetyMessage");
    }

    @Test
    void aClinicianShouldBeAbleToDecideBeforeTheDraftArrivesAndTheLateDraftIsNotWaitedFor() {
        ProcessInstance pi = start();
        screenAndOpenTheReview(pi);

        complete(task(pi), withVariables("decisionAction", "REJECT"));
        execute(job("Task_ReleaseReply", pi));

        assertThat(pi).isEnded().hasNotPassed("Task_CheckDraft");
        assertThat(calls).doesNotContain("draft");
    }

    @Test
    void aHighRiskDraftArrivingAfterTheReviewOpenedShouldStillRequireTheSecondReview() {
        risk = "HIGH";
        ProcessInstance pi = start();
        screenAndOpenTheReview(pi);
        assertThat(runtimeService().getVariable(pi.getId(), "secondReviewRequired"))
                .isEqualTo(false);

        execute(job("Task_DraftReply", pi));
        execute(job("Task_CheckDraft", pi));

        assertThat(runtimeService().getVariable(pi.getId(), "secondReviewRequired"))
                .isEqualTo(true);
    }

    @Test
    void emergencyShouldShowTheSafetyMessageAndOpenAnUrgentOnCallReviewWithoutWaitingForTheDraft() {
        severity = "EMERGENCY";
        category = "CHEST_PAIN";
        ProcessInstance pi = start();

        execute(job(pi));

        // In the screening's own transaction: the safety message and the on-call review, before any draft.
        assertThat(calls).containsExactly("screen", "safety-message", "review-created:Task_ReviewDraft");
        assertThat(pi).isWaitingAt("Task_ReviewDraft", "Task_ScreenBesideReview");
        Task review =
                taskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(review).hasCandidateGroup("on-call");
        assertThat(review.getPriority()).isEqualTo(100);
        assertThat(review.getDueDate())
                .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(15))), 5_000);

        execute(job("Task_ScreenBesideReview", pi));
        execute(job("Task_DraftReplyBeside", pi));
        execute(job("Task_CheckDraftBeside", pi));
        // The draft is stored for the clinician; it does not open a second review.
        assertThat(pi).hasPassed("EndEvent_DraftReady");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .isEqualTo(1);

        complete(review, withVariables("decisionAction", "REJECT"));
        execute(job("Task_ReleaseReply", pi));
        assertThat(pi)
                .isEnded()
                .hasPassed("Task_ShowSafetyMessage", "EndEvent_ReplyReleased")
                .hasNotPassed("Task_DraftReply", "Task_CheckDraft");
    }

    @Test
    void aMessageNotScreenedInTimeShouldTakeTheEmergencyPathAndBeScreenedBesideItsOneReview() {
        // What ScreenMessageDelegate sets when the screening deadline passed without a screening.
        severity = "EMERGENCY";
        category = "NOT_SCREENED";
        ProcessInstance pi = start();

        execute(job(pi));

        assertThat(calls).containsExactly("screen", "safety-message", "review-created:Task_ReviewDraft");
        assertThat(task(pi)).hasCandidateGroup("on-call");
        assertThat(pi).isWaitingAt("Task_ReviewDraft", "Task_ScreenBesideReview");

        execute(job("Task_ScreenBesideReview", pi));
        execute(job("Task_DraftReplyBeside", pi));
        execute(job("Task_CheckDraftBeside", pi));
        assertThat(calls).containsSubsequence("screen-beside", "draft", "check");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .as("exactly one review for the message")
                .isEqualTo(1);
        complete(task(pi), withVariables("decisionAction", "REJECT"));
        execute(job("Task_ReleaseReply", pi));
        assertThat(pi).isEnded().hasNotPassed("Task_DraftReply");
    }

    @Test
    void emergencyShouldReleaseAndEndEvenWhileTheDraftIsStillPending() {
        severity = "EMERGENCY";
        category = "STROKE";
        ProcessInstance pi = start();
        execute(job(pi));

        complete(task(pi), withVariables("decisionAction", "REJECT"));
        execute(job("Task_ReleaseReply", pi));

        assertThat(pi).isEnded();
        assertThat(calls).doesNotContain("draft");
    }

    @Test
    void fourEyesShouldSendAnApprovedHighRiskDraftToASeniorClinicianBeforeRelease() {
        risk = "HIGH";
        ProcessInstance pi = start();
        screenDraftAndCheck(pi);
        assertThat(task(pi)).hasCandidateGroup("clinician");

        complete(task(pi), withVariables("decisionAction", "APPROVE", "reviewedBy", "carter"));

        assertThat(pi).isWaitingAt("Task_SecondReview");
        assertThat(task(pi)).hasCandidateGroup("senior-clinician");
        complete(task(pi), withVariables("decisionAction", "APPROVE"));
        execute(job(pi));
        assertThat(pi)
                .hasPassedInOrder("Task_ReviewDraft", "Task_SecondReview", "Task_ReleaseReply")
                .isEnded();
    }

    @Test
    void fourEyesShouldReturnTheReviewWhenTheSecondReviewerDoesNotConfirm() {
        category = "SUICIDAL_SELF_HARM";
        severity = "URGENT";
        ProcessInstance pi = start();
        screenDraftAndCheck(pi);
        assertThat(task(pi)).hasCandidateGroup("senior-clinician");
        complete(task(pi), withVariables("decisionAction", "EDIT_AND_APPROVE"));

        complete(task(pi), withVariables("decisionAction", "REJECT"));

        assertThat(pi).isWaitingAt("Task_ReviewDraft").hasNotPassed("Task_ReleaseReply");
    }

    @Test
    void requestInfoShouldAskThePatientWaitForTheAnswerAndScreenAndDraftAgain() {
        ProcessInstance pi = start();
        screenDraftAndCheck(pi);

        complete(task(pi), withVariables("decisionAction", "REQUEST_INFO"));
        assertThat(pi).isWaitingAt("Task_AskPatient");
        execute(job(pi));
        assertThat(pi).isWaitingAt("Event_PatientAnswered");
        assertThat(calls).endsWith("ask-patient").doesNotContain("release");

        runtimeService()
                .createMessageCorrelation(PatientReplyModel.MESSAGE_PATIENT_ANSWERED)
                .processInstanceBusinessKey("message-1")
                .correlate();

        assertThat(pi).isWaitingAt("Task_ScreenMessage");
        screenDraftAndCheck(pi);
        assertThat(pi).isWaitingAt("Task_ReviewDraft");
        assertThat(calls)
                .containsExactly(
                        "screen",
                        "review-created:Task_ReviewDraft",
                        "draft",
                        "check",
                        "route-checked",
                        "ask-patient",
                        "screen",
                        "review-created:Task_ReviewDraft",
                        "draft",
                        "check",
                        "route-checked");
        complete(task(pi), withVariables("decisionAction", "APPROVE"));
        execute(job(pi));
        assertThat(pi).isEnded();
    }

    @Test
    void overdueReviewShouldEscalateWhenTheEngineClockPassesTheDueTimeAndStayOpen() {
        ProcessInstance pi = start();
        screenDraftAndCheck(pi);
        Task review = task(pi);
        Job timer = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(review.getDueDate());

        ClockUtil.setCurrentTime(Date.from(review.getDueDate().toInstant().plusSeconds(1)));
        assertThat(managementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .timers()
                        .executable()
                        .count())
                .isEqualTo(1);
        execute(timer);

        assertThat(calls).contains("escalate");
        assertThat(pi)
                .hasPassed("Task_EscalateOverdueReview", "EndEvent_ReviewEscalated")
                .isWaitingAt("Task_ReviewDraft");
        Task escalated = task(pi);
        assertThat(escalated.getId()).isEqualTo(review.getId());
        assertThat(escalated.getPriority()).isEqualTo(review.getPriority() + 20);
        assertThat(escalated).hasCandidateGroup("senior-clinician");
        assertThat(escalated).hasCandidateGroup("clinician");

        complete(escalated, withVariables("decisionAction", "APPROVE"));
        execute(job(pi));
        assertThat(pi).isEnded();
    }

    @Test
    void draftingFailureShouldStillOpenTheReviewForTheClinicianToWriteTheReply() {
        Mocks.register("draftReplyDelegate", (JavaDelegate) e -> {
            calls.add("no-draft");
            e.setVariable("draftAvailable", false);
        });
        ProcessInstance pi = start();
        screenDraftAndCheck(pi);

        assertThat(pi).isWaitingAt("Task_ReviewDraft");
        assertThat(calls).contains("no-draft");
        complete(task(pi), withVariables("decisionAction", "REJECT"));
        execute(job(pi));
        assertThat(pi).isEnded();
    }

    @Test
    void shouldRaiseAnIncidentWhenTheRoutingTableNamesAGroupThatIsNotClinical() {
        Mocks.register("reviewRoutingListener", (ExecutionListener) e -> ReviewRouting.of(
                java.util.Map.of("reviewGroup", "front-desk", "reviewPriority", 1, "reviewDueIn", "PT1H"), CLINICAL));
        ProcessInstance pi = start();
        execute(job(pi));
        Job split = job(pi);

        assertThatThrownBy(() -> execute(split)).hasMessageContaining("front-desk");
        assertThat(pi).isWaitingAt("Gateway_ReviewSplit");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .isZero();
    }

    @Test
    void shouldRaiseAnIncidentAtOnceWhenTheReleaseIsRefused() {
        Mocks.register("releaseReplyDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("no approval for this text");
        });
        ProcessInstance pi = start();
        screenDraftAndCheck(pi);
        complete(task(pi), withVariables("decisionAction", "APPROVE"));

        Job release = job(pi);
        assertThatThrownBy(() -> execute(release)).hasMessageContaining("no approval");

        Job failed = managementService().createJobQuery().jobId(release.getId()).singleResult();
        assertThat(failed.getRetries()).isZero();
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isEqualTo(1);
        assertThat(pi).isWaitingAt("Task_ReleaseReply").isNotEnded();
    }

    @Test
    void shouldRetryAFailedScreeningBeforeRaisingAnIncident() {
        Mocks.register("screenMessageDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("policy-service unavailable");
        });
        ProcessInstance pi = start();
        Job screen = job(pi);
        assertThatThrownBy(() -> execute(screen)).isInstanceOf(IllegalStateException.class);

        Job failed = managementService().createJobQuery().jobId(screen.getId()).singleResult();
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getDuedate()).isNotNull();
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }
}
