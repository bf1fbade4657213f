package org.careloop.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the model file itself: it parses, it is executable, and it can be drawn in Camunda Modeler. */
class PatientReplyModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void parse() throws Exception {
    try (InputStream in = PatientReplyModel.class.getClassLoader().getResourceAsStream(PatientReplyModel.RESOURCE)) {
      assertThat(in).as("model on the classpath").isNotNull();
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
  }

  @Test
  void shouldBeAnExecutableProcessNamedPatientReply() {
    Process process = model.getModelElementById(PatientReplyModel.PROCESS_ID);
    assertThat(process).isNotNull();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getName()).isNotBlank();
  }

  @Test
  void shouldHaveAShapeWithBoundsForEveryFlowNode() {
    Map<String, BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), s -> s));
    Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
    assertThat(nodes).hasSizeGreaterThanOrEqualTo(7);
    for (FlowNode node : nodes) {
      assertThat(shapes).as("shape for %s", node.getId()).containsKey(node.getId());
      assertThat(shapes.get(node.getId()).getBounds()).as("bounds of %s", node.getId()).isNotNull();
      assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
    }
  }

  @Test
  void shouldHaveAnEdgeWithWaypointsForEverySequenceFlow() {
    Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), e -> e));
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge for %s", flow.getId()).containsKey(flow.getId());
      assertThat(edges.get(flow.getId()).getWaypoints()).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void shouldRunEveryServiceTaskAsARetriedJobThroughANamedDelegate() {
    Map<String, String> expected = Map.of(
        "Task_ScreenMessage", "${screenMessageDelegate}",
        "Task_DraftReply", "${draftReplyDelegate}",
        "Task_CheckDraft", "${checkDraftDelegate}",
        "Task_ReleaseReply", "${releaseReplyDelegate}");
    Collection<ServiceTask> tasks = model.getModelElementsByType(ServiceTask.class);
    assertThat(tasks).extracting(ServiceTask::getId).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (ServiceTask task : tasks) {
      assertThat(task.isCamundaAsyncBefore()).as("asyncBefore on %s", task.getId()).isTrue();
      assertThat(task.getCamundaDelegateExpression()).isEqualTo(expected.get(task.getId()));
      assertThat(task.getCamundaClass()).isNull();
      CamundaFailedJobRetryTimeCycle cycle = task.getExtensionElements()
          .getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult();
      String expectedCycle = task.getId().equals("Task_ReleaseReply") ? "R1/PT5S" : "R3/PT5S";
      assertThat(cycle.getTextContent()).isEqualTo(expectedCycle);
    }
  }

  @Test
  void shouldOfferTheReviewToClinicians() {
    UserTask review = model.getModelElementById("Task_ReviewDraft");
    assertThat(review.getCamundaCandidateGroups()).isEqualTo("clinician");
    CamundaTaskListener listener = review.getExtensionElements()
        .getElementsQuery().filterByType(CamundaTaskListener.class).singleResult();
    assertThat(listener.getCamundaEvent()).isEqualTo("create");
    assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${reviewTaskListener}");
  }
}
