package org.careloop.bpmn;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the patient-reply model on an in-memory engine with the delegates replaced by recording stubs. */
@Deployment(resources = PatientReplyModel.RESOURCE)
class PatientReplyProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void registerDelegates() {
    init(engine.getProcessEngine());
    Mocks.register("screenMessageDelegate", recording("screen"));
    Mocks.register("draftReplyDelegate", recording("draft"));
    Mocks.register("checkDraftDelegate", recording("check"));
    Mocks.register("releaseReplyDelegate", recording("release"));
    Mocks.register("reviewTaskListener", (TaskListener) t -> calls.add("review-created"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  private JavaDelegate recording(String name) {
    return execution -> calls.add(name);
  }

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(PatientReplyModel.PROCESS_ID, "message-1");
  }

  @Test
  void shouldCommitTheStartBeforeScreeningTheMessage() {
    ProcessInstance pi = start();

    assertThat(pi).isStarted().isWaitingAt("Task_ScreenMessage");
    assertThat(job(pi)).isNotNull();
    assertThat(calls).isEmpty();
  }

  @Test
  void shouldReleaseOnlyAfterAClinicianReviewedTheDraft() {
    ProcessInstance pi = start();

    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_DraftReply");
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_CheckDraft");
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_ReviewDraft");
    assertThat(task(pi)).hasCandidateGroup("clinician").isNotAssigned();
    assertThat(calls).containsExactly("screen", "draft", "check", "review-created");

    complete(task(pi), withVariables("decisionAction", "APPROVE"));
    assertThat(pi).isWaitingAt("Task_ReleaseReply");
    assertThat(calls).doesNotContain("release");

    execute(job(pi));
    assertThat(pi).hasPassedInOrder("Task_ScreenMessage", "Task_DraftReply", "Task_CheckDraft",
        "Task_ReviewDraft", "Task_ReleaseReply").isEnded();
    assertThat(pi).hasPassed("EndEvent_ReplyReleased");
  }

  @Test
  void shouldRaiseAnIncidentAtOnceWhenTheReleaseIsRefused() {
    Mocks.register("releaseReplyDelegate", (JavaDelegate) execution -> {
      throw new IllegalStateException("no approval for this text");
    });
    ProcessInstance pi = start();
    execute(job(pi));
    execute(job(pi));
    execute(job(pi));
    complete(task(pi));

    Job release = job(pi);
    assertThatThrownBy(() -> execute(release)).hasMessageContaining("no approval");

    Job failed = managementService().createJobQuery().jobId(release.getId()).singleResult();
    assertThat(failed.getRetries()).isZero();
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
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
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
