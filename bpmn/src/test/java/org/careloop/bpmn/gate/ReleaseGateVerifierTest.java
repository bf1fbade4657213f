package org.careloop.bpmn.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.careloop.bpmn.gate.Violation.Rule;
import org.junit.jupiter.api.Test;

class ReleaseGateVerifierTest {

    private final ReleaseGateVerifier verifier = new ReleaseGateVerifier();

    @Test
    void shipsAPatientReplyModelThatPassesTheGate() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bpmn/patient-reply.bpmn")) {
            assertThat(verifier.verify(in.readAllBytes())).isEmpty();
        }
    }

    @Test
    void acceptsAReviewLoopThatRedraftsAndReviewsAgain() {
        BpmnModelInstance model = draftAndCheck(process())
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .exclusiveGateway("Gateway_Decision")
                .condition("approved", "${decision == 'APPROVE'}")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent("EndEvent_Released")
                .moveToNode("Gateway_Decision")
                .condition("redraft", "${decision == 'REDRAFT'}")
                .connectTo("Task_DraftReply")
                .done();

        assertThat(verify(model)).isEmpty();
    }

    @Test
    void rejectsAGatewayThatSendsTheDraftStraightToRelease() {
        BpmnModelInstance model = draftAndCheck(process())
                .exclusiveGateway("Gateway_SkipReview")
                .condition("low risk", "${riskLevel == 'LOW'}")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent("EndEvent_Released")
                .moveToNode("Gateway_SkipReview")
                .condition("otherwise", "${riskLevel != 'LOW'}")
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .connectTo("Task_ReleaseReply")
                .done();

        List<Violation> violations = verify(model);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.RELEASE_WITHOUT_REVIEW);
            assertThat(v.elementId()).isEqualTo("Gateway_SkipReview");
            assertThat(v.path()).containsSubsequence("Task_DraftReply", "Gateway_SkipReview", "Task_ReleaseReply");
            assertThat(v.message()).contains("Task_ReleaseReply");
        });
    }

    @Test
    void rejectsARedraftAfterReviewThatIsReleasedWithoutASecondReview() {
        BpmnModelInstance model = draftAndCheck(process())
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .serviceTask("Task_PolishDraft")
                .camundaDelegateExpression("${draftReplyDelegate}")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .done();

        assertThat(verify(model)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.RELEASE_WITHOUT_REVIEW);
            assertThat(v.elementId()).isEqualTo("Task_PolishDraft");
            assertThat(v.path()).containsExactly("Task_PolishDraft", "Task_ReleaseReply");
        });
    }

    @Test
    void rejectsATimerThatCompletesTheReviewByReleasing() {
        BpmnModelInstance model = draftAndCheck(process())
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .moveToActivity("Task_ReviewDraft")
                .boundaryEvent("Timer_AutoApprove")
                .timerWithDuration("PT4H")
                .connectTo("Task_ReleaseReply")
                .done();

        assertThat(verify(model)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.RELEASE_WITHOUT_REVIEW);
            assertThat(v.elementId()).isEqualTo("Timer_AutoApprove");
        });
    }

    @Test
    void acceptsANonInterruptingEscalationTimerThatDoesNotRelease() {
        BpmnModelInstance model = draftAndCheck(process())
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .moveToActivity("Task_ReviewDraft")
                .boundaryEvent("Timer_ReviewOverdue")
                .cancelActivity(false)
                .timerWithDuration("PT4H")
                .serviceTask("Task_Escalate")
                .camundaDelegateExpression("${escalateReviewDelegate}")
                .endEvent("EndEvent_Escalated")
                .done();

        assertThat(verify(model)).isEmpty();
    }

    @Test
    void rejectsAReviewByAGroupThatIsNotClinical() {
        BpmnModelInstance model = draftAndCheck(process())
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("patient")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .done();

        assertThat(verify(model)).extracting(Violation::rule).containsExactly(Rule.RELEASE_WITHOUT_REVIEW);
    }

    @Test
    void rejectsAScriptTask() {
        BpmnModelInstance model = reviewedFlow(process()
                .startEvent("StartEvent_MessageReceived")
                .scriptTask("Task_AutoApprove")
                .scriptFormat("javascript")
                .scriptText("execution.setVariable('x', 1)"));

        assertThat(verify(model)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.SCRIPT);
            assertThat(v.elementId()).isEqualTo("Task_AutoApprove");
        });
    }

    @Test
    void rejectsAScriptHiddenInAListener() {
        BpmnModelInstance model = reviewedFlow(process()
                .startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_ScreenMessage")
                .camundaDelegateExpression("${screenMessageDelegate}"));
        CamundaScript script = model.newInstance(CamundaScript.class);
        script.setCamundaScriptFormat("groovy");
        script.setTextContent("execution.setVariable('approved', true)");
        CamundaExecutionListener listener = model.newInstance(CamundaExecutionListener.class);
        listener.setCamundaEvent("end");
        listener.setCamundaScript(script);
        ServiceTask screen = model.getModelElementById("Task_ScreenMessage");
        screen.builder().addExtensionElement(listener);

        assertThat(verify(model))
                .extracting(Violation::rule, Violation::elementId)
                .containsExactly(tuple(Rule.SCRIPT, "Task_ScreenMessage"));
    }

    @Test
    void rejectsAClassThatIsNotOnTheAllowList() {
        BpmnModelInstance model = reviewedFlow(process()
                .startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_Sneaky")
                .camundaClass("com.example.AutoApproveDelegate"));

        assertThat(verify(model)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.CLASS_NOT_ALLOWED);
            assertThat(v.elementId()).isEqualTo("Task_Sneaky");
            assertThat(v.message()).contains("com.example.AutoApproveDelegate");
        });
    }

    @Test
    void rejectsADelegateThatIsNotOnTheAllowList() {
        BpmnModelInstance model = reviewedFlow(process()
                .startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_Other")
                .camundaDelegateExpression("${autoApprover}"));

        assertThat(verify(model))
                .extracting(Violation::rule, Violation::elementId)
                .containsExactly(tuple(Rule.EXPRESSION_NOT_ALLOWED, "Task_Other"));
    }

    @Test
    void rejectsAnExpressionThatCallsTheEngine() {
        BpmnModelInstance model = reviewedFlow(process()
                .startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_Complete")
                .camundaExpression("${taskService.complete(reviewTaskId)}"));

        assertThat(verify(model)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.EXPRESSION_NOT_ALLOWED);
            assertThat(v.elementId()).isEqualTo("Task_Complete");
        });
    }

    @Test
    void rejectsAGatewayThatDecidesOnTheModelsOutput() {
        BpmnModelInstance model = draftAndCheck(process())
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .exclusiveGateway("Gateway_DraftSaysUrgent")
                .condition("urgent", "${draftText == 'URGENT'}")
                .serviceTask("Task_Escalate")
                .camundaDelegateExpression("${escalateReviewDelegate}")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent()
                .moveToNode("Gateway_DraftSaysUrgent")
                .condition("otherwise", "${draftText != 'URGENT'}")
                .connectTo("Task_ReleaseReply")
                .done();

        List<Violation> violations = verify(model);

        assertThat(violations).hasSize(2).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo(Rule.DECISION_ON_MODEL_OUTPUT);
            assertThat(v.message()).contains("draftText").contains("Gateway_DraftSaysUrgent");
        });
    }

    @Test
    void rejectsAnEventSubprocessThatReleases() {
        ProcessBuilder builder = process();
        BpmnModelInstance model = reviewedFlow(builder.startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_ScreenMessage")
                .camundaDelegateExpression("${screenMessageDelegate}"));
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        process.builder()
                .eventSubProcess("SubProcess_Shortcut")
                .startEvent("StartEvent_Shortcut")
                .message("shortcut")
                .serviceTask("Task_ShortcutRelease")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent();

        assertThat(verify(model)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.RELEASE_WITHOUT_REVIEW);
            assertThat(v.path()).endsWith("Task_ShortcutRelease");
        });
    }

    @Test
    void rejectsACallActivityItCannotSeeInto() {
        BpmnModelInstance model = reviewedFlow(process()
                .startEvent("StartEvent_MessageReceived")
                .callActivity("Call_Elsewhere")
                .calledElement("other-process"));

        assertThat(verify(model)).extracting(Violation::rule).contains(Rule.UNVERIFIABLE);
    }

    @Test
    void rejectsSomethingThatIsNotBpmn() {
        assertThat(verifier.verify("<definitions><oops"))
                .singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.MALFORMED));
        assertThat(verifier.verify(
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                .singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.MALFORMED));
    }

    private List<Violation> verify(BpmnModelInstance model) {
        return verifier.verify(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    private static ProcessBuilder process() {
        return Bpmn.createExecutableProcess("patient-reply");
    }

    private static AbstractFlowNodeBuilder<?, ?> draftAndCheck(ProcessBuilder process) {
        return process.startEvent("StartEvent_MessageReceived")
                .serviceTask("Task_DraftReply")
                .camundaDelegateExpression("${draftReplyDelegate}")
                .serviceTask("Task_CheckDraft")
                .camundaDelegateExpression("${checkDraftDelegate}");
    }

    /** Continues a builder with the safe tail: draft, review, release. */
    private static BpmnModelInstance reviewedFlow(AbstractFlowNodeBuilder<?, ?> head) {
        return head.serviceTask("Task_DraftReply")
                .camundaDelegateExpression("${draftReplyDelegate}")
                .userTask("Task_ReviewDraft")
                .camundaCandidateGroups("clinician")
                .serviceTask("Task_ReleaseReply")
                .camundaDelegateExpression("${releaseReplyDelegate}")
                .endEvent("EndEvent_Released")
                .done();
    }
}
