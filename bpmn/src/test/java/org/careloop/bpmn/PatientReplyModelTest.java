package org.careloop.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
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
        try (InputStream in =
                PatientReplyModel.class.getClassLoader().getResourceAsStream(PatientReplyModel.RESOURCE)) {
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
            assertThat(shapes.get(node.getId()).getBounds())
                    .as("bounds of %s", node.getId())
                    .isNotNull();
            assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
        }
    }

    @Test
    void shouldHaveAnEdgeWithWaypointsForEverySequenceFlow() {
        Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), e -> e));
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as("edge for %s", flow.getId()).containsKey(flow.getId());
            assertThat(edges.get(flow.getId()).getWaypoints())
                    .as("waypoints of %s", flow.getId())
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void shouldRunEveryRemoteCallAsARetriedJobThroughANamedDelegate() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Task_ScreenMessage", "${screenMessageDelegate}"),
                Map.entry("Task_DraftReply", "${draftReplyDelegate}"),
                Map.entry("Task_CheckDraft", "${checkDraftDelegate}"),
                Map.entry("Task_RouteCheckedDraft", "${routeCheckedDraftDelegate}"),
                Map.entry("Task_ScreenBesideReview", "${screenBesideReviewDelegate}"),
                Map.entry("Task_DraftReplyBeside", "${draftReplyDelegate}"),
                Map.entry("Task_CheckDraftBeside", "${checkDraftDelegate}"),
                Map.entry("Task_RouteCheckedDraftBeside", "${routeCheckedDraftDelegate}"),
                Map.entry("Task_AskPatient", "${askPatientDelegate}"),
                Map.entry("Task_ReleaseReply", "${releaseReplyDelegate}"),
                Map.entry("Task_ShowSafetyMessage", "${showSafetyMessageDelegate}"),
                Map.entry("Task_EscalateOverdueReview", "${escalateReviewDelegate}"));
        // The safety message runs in the screening's transaction (shown at once); the escalation in the timer's job;
        // routing again with the draft's risk in the check's (no approval of a checked draft under the old route).
        Set<String> inline = Set.of(
                "Task_ShowSafetyMessage",
                "Task_EscalateOverdueReview",
                "Task_RouteCheckedDraft",
                "Task_RouteCheckedDraftBeside");
        Collection<ServiceTask> tasks = model.getModelElementsByType(ServiceTask.class);
        assertThat(tasks).extracting(ServiceTask::getId).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (ServiceTask task : tasks) {
            assertThat(task.getCamundaDelegateExpression()).isEqualTo(expected.get(task.getId()));
            assertThat(task.getCamundaClass()).isNull();
            if (inline.contains(task.getId())) {
                assertThat(task.isCamundaAsyncBefore())
                        .as("asyncBefore on %s", task.getId())
                        .isFalse();
                continue;
            }
            assertThat(task.isCamundaAsyncBefore())
                    .as("asyncBefore on %s", task.getId())
                    .isTrue();
            // A hung model must not hold back the release of a reply the clinician wrote meanwhile.
            assertThat(task.isCamundaExclusive())
                    .as("exclusive on %s", task.getId())
                    .isEqualTo(!"${draftReplyDelegate}".equals(task.getCamundaDelegateExpression()));
            CamundaFailedJobRetryTimeCycle cycle = task.getExtensionElements()
                    .getElementsQuery()
                    .filterByType(CamundaFailedJobRetryTimeCycle.class)
                    .singleResult();
            // A refused release is an incident at once; a draft that cannot be had goes to review without one after
            // three quick tries; the rest wait for policy-service over most of an hour.
            String expectedCycle =
                    Set.of("Task_ReleaseReply", "Task_AskPatient").contains(task.getId())
                            ? "R1/PT5S"
                            : Set.of("Task_ScreenMessage", "Task_DraftReply", "Task_DraftReplyBeside")
                                            .contains(task.getId())
                                    ? "R3/PT5S"
                                    : "PT10S,PT30S,PT1M,PT2M,PT5M,PT10M,PT30M";
            assertThat(cycle.getTextContent()).isEqualTo(expectedCycle);
        }
    }

    @Test
    void shouldOfferTheReviewToTheGroupTheRoutingTableChose() {
        UserTask review = model.getModelElementById("Task_ReviewDraft");
        assertThat(review.getCamundaCandidateGroups()).isEqualTo("${reviewGroup}");
        assertThat(review.getCamundaPriority()).isEqualTo("${reviewPriority}");
        assertThat(review.getCamundaDueDate()).isEqualTo("${reviewDueDate}");
        CamundaTaskListener listener = review.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaTaskListener.class)
                .singleResult();
        assertThat(listener.getCamundaEvent()).isEqualTo("create");
        assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${reviewTaskListener}");

        UserTask second = model.getModelElementById("Task_SecondReview");
        assertThat(second.getCamundaCandidateGroups()).isEqualTo("senior-clinician");
        BusinessRuleTask route = model.getModelElementById("Task_RouteReview");
        assertThat(route.getCamundaDecisionRef()).isEqualTo("review-routing");
    }

    @Test
    void shouldEscalateAnOverdueReviewWithoutInterruptingIt() {
        BoundaryEvent timer = model.getModelElementById("Timer_ReviewOverdue");
        assertThat(timer.cancelActivity()).isFalse();
        assertThat(timer.getAttachedTo().getId()).isEqualTo("Task_ReviewDraft");
    }
}
