package org.careloop.bpmn.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.careloop.bpmn.gate.Violation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The release gate on the shipped model, edited: each edit is one way an admin could break the invariant, and
 * the gate must name the rule and the element to change. {@code HostileModelsTest} runs the larger corpus.
 */
class ReleaseGateVerifierTest {

    private static final String REVIEW_START = "<bpmn:userTask id=\"Task_ReviewDraft\" name=\"Review draft\"";
    private static final String REVIEW_LISTENER =
            "<camunda:taskListener delegateExpression=\"${reviewTaskListener}\" event=\"create\" />\n"
                    + "      </bpmn:extensionElements>\n"
                    + "      <bpmn:incoming>Flow_RouteReview_ReviewDraft</bpmn:incoming>";
    private static final String EMERGENCY_CONDITION = "${highestSeverity == 'EMERGENCY'}";

    private final ReleaseGateVerifier verifier = new ReleaseGateVerifier();

    @Test
    void shipsAPatientReplyModelThatPassesTheGate() {
        assertThat(verify(ShippedModel.load())).isEmpty();
    }

    @Test
    void acceptsTheEditsAnAdminIsMeantToMake() {
        ShippedModel edited = ShippedModel.load()
                .replace("name=\"Review draft\"", "name=\"Review the draft &amp; reply\"")
                .replace(
                        "exporter=\"careloop\"",
                        "exporter=\"Camunda Modeler\" modeler:executionPlatform=\"Camunda"
                                + " Platform\" xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\"")
                .replace(
                        "<camunda:failedJobRetryTimeCycle>R1/PT5S</camunda:failedJobRetryTimeCycle>\n"
                                + "      </bpmn:extensionElements>\n"
                                + "      <bpmn:incoming>Flow_SecondReview_No</bpmn:incoming>",
                        "<camunda:failedJobRetryTimeCycle>R2/PT10S</camunda:failedJobRetryTimeCycle>\n"
                                + "      </bpmn:extensionElements>\n"
                                + "      <bpmn:incoming>Flow_SecondReview_No</bpmn:incoming>");

        assertThat(verify(edited)).isEmpty();
    }

    static Stream<Arguments> hostileEdits() {
        return Stream.of(
                edit(
                        "a comment splits the expression so that a per-node scan sees no ${",
                        m -> m.replace(
                                "${decisionAction == 'REQUEST_INFO'}",
                                "$<!-- x -->{''.getClass().forName('java.lang.Runtime')}"),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "Flow_Decision_RequestInfo"),
                edit(
                        "a CDATA section splits the expression",
                        m -> m.replace(
                                "${decisionAction == 'REQUEST_INFO'}",
                                "<![CDATA[$]]>{execution.setVariable('decisionAction', 'APPROVE')}"),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "Flow_Decision_RequestInfo"),
                edit(
                        "a character reference spells the dollar sign",
                        m -> m.replace("name=\"Review draft\"", "name=\"&#36;{task.complete()}\""),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "Task_ReviewDraft"),
                edit(
                        "a deferred #{} expression in a review's documentation",
                        m -> m.replace("Nothing approves on its own.", "#{task.setAssignee('attacker')}"),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "Task_ReviewDraft"),
                edit(
                        "the legacy activiti namespace names a Java class",
                        m -> m.replace(
                                "camunda:delegateExpression=\"${checkDraftDelegate}\">\n      <bpmn:documentation>policy-service /check-draft: findings",
                                "camunda:delegateExpression=\"${checkDraftDelegate}\" xmlns:activiti=\"http://activiti.org/bpmn\" activiti:class=\"com.example.AutoApprove\">\n      <bpmn:documentation>policy-service /check-draft: findings"),
                        Rule.CLASS_NOT_ALLOWED,
                        "Task_CheckDraft"),
                edit(
                        "a task listener in the activiti namespace completes the review",
                        m -> m.replace(
                                REVIEW_LISTENER,
                                REVIEW_LISTENER.replace(
                                        "</bpmn:extensionElements>",
                                        "<activiti:taskListener xmlns:activiti=\"http://activiti.org/bpmn\" event=\"create\""
                                                + " expression=\"${task.complete()}\" />\n      </bpmn:extensionElements>")),
                        Rule.NOT_ALLOWED,
                        "Task_ReviewDraft"),
                edit(
                        "a local input mapping offers the review to patients",
                        m -> m.replace(
                                REVIEW_LISTENER,
                                REVIEW_LISTENER.replace(
                                        "</bpmn:extensionElements>",
                                        "<camunda:inputOutput><camunda:inputParameter name=\"reviewGroup\">patient"
                                                + "</camunda:inputParameter></camunda:inputOutput>\n      </bpmn:extensionElements>")),
                        Rule.NOT_ALLOWED,
                        "Task_ReviewDraft"),
                edit(
                        "a script task",
                        m -> m.addToProcess("<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"groovy\"><bpmn:script>"
                                + "println 1</bpmn:script></bpmn:scriptTask>"),
                        Rule.SCRIPT,
                        "Task_Script"),
                edit(
                        "the release as an execution listener of the review",
                        m -> m.replace(
                                REVIEW_LISTENER,
                                REVIEW_LISTENER.replace(
                                        "</bpmn:extensionElements>",
                                        "<camunda:executionListener delegateExpression=\"${releaseReplyDelegate}\" event=\"start\" />\n"
                                                + "      </bpmn:extensionElements>")),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "Task_ReviewDraft"),
                edit(
                        "the release as a send task",
                        m -> m.replace(
                                        "<bpmn:serviceTask id=\"Task_ReleaseReply\"",
                                        "<bpmn:sendTask id=\"Task_ReleaseReply\"")
                                .replace(
                                        "</bpmn:serviceTask>\n\n    <bpmn:endEvent id=\"EndEvent_ReplyReleased\"",
                                        "</bpmn:sendTask>\n\n    <bpmn:endEvent id=\"EndEvent_ReplyReleased\""),
                        Rule.NOT_ALLOWED,
                        "Task_ReleaseReply"),
                edit(
                        "a message end event that releases",
                        m -> m.replace(
                                "<bpmn:incoming>Flow_RouteCheckedDraftBeside_DraftReady</bpmn:incoming>",
                                "<bpmn:incoming>Flow_RouteCheckedDraftBeside_DraftReady</bpmn:incoming>"
                                        + "<bpmn:messageEventDefinition id=\"Release\" camunda:delegateExpression=\"${releaseReplyDelegate}\" />"),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "Release"),
                edit(
                        "a flow the engine follows around the review, hidden behind <outgoing> hints that do not",
                        m -> m.replace(
                                "sourceRef=\"Task_RouteReview\" targetRef=\"Task_ReviewDraft\"",
                                "sourceRef=\"Task_RouteReview\" targetRef=\"Task_ReleaseReply\""),
                        Rule.RELEASE_WITHOUT_REVIEW,
                        // The routine path, which splits for the draft beside the review, is found first.
                        "Gateway_ReviewSplit"),
                edit(
                        "the review as a multi-instance task with no instances",
                        m -> m.replace(
                                REVIEW_LISTENER,
                                REVIEW_LISTENER + "\n      <bpmn:multiInstanceLoopCharacteristics"
                                        + " id=\"Loop_None\"><bpmn:loopCardinality>0</bpmn:loopCardinality>"
                                        + "</bpmn:multiInstanceLoopCharacteristics>"),
                        Rule.NOT_ALLOWED,
                        "Loop_None"),
                edit(
                        "a second message start event on the PatientAnswered message",
                        m -> m.addToProcess("<bpmn:startEvent id=\"Start_Hijack\"><bpmn:messageEventDefinition"
                                + " messageRef=\"Message_PatientAnswered\" /></bpmn:startEvent>"),
                        Rule.NOT_ALLOWED,
                        "Start_Hijack"),
                edit(
                        "the review offered to patients",
                        m -> m.replace(
                                REVIEW_START + " camunda:candidateGroups=\"${reviewGroup}\"",
                                REVIEW_START + " camunda:candidateGroups=\"patient\""),
                        Rule.REVIEW_NOT_ALLOWED,
                        "Task_ReviewDraft"),
                edit(
                        "the review assigned to a named user",
                        m -> m.replace(REVIEW_START, REVIEW_START + " camunda:assignee=\"attacker\""),
                        Rule.NOT_ALLOWED,
                        "Task_ReviewDraft"),
                edit(
                        "the emergency condition can never be true",
                        m -> m.replace(EMERGENCY_CONDITION, "${highestSeverity == 'NEVER'}"),
                        Rule.EMERGENCY_BRANCH,
                        "Gateway_Emergency"),
                edit(
                        "the safety message waits for the job executor",
                        m -> m.replace(
                                "<bpmn:serviceTask id=\"Task_ShowSafetyMessage\" name=\"Show safety message\"",
                                "<bpmn:serviceTask id=\"Task_ShowSafetyMessage\" name=\"Show safety message\" camunda:asyncBefore=\"true\""),
                        Rule.EMERGENCY_BRANCH,
                        "Gateway_Emergency"),
                edit(
                        "drafting before screening",
                        m -> m.replace(
                                "sourceRef=\"StartEvent_MessageReceived\" targetRef=\"Task_ScreenMessage\"",
                                "sourceRef=\"StartEvent_MessageReceived\" targetRef=\"Task_DraftReply\""),
                        Rule.SCREENING_SKIPPED,
                        "Task_DraftReply"),
                edit(
                        "a gateway decides on the draft's text",
                        m -> m.replace("${decisionAction == 'REQUEST_INFO'}", "${draftText == 'ASK'}"),
                        Rule.DECISION_ON_MODEL_OUTPUT,
                        "Flow_Decision_RequestInfo"),
                edit(
                        "an interrupting timer on the review releases",
                        m -> m.replace(
                                        "cancelActivity=\"false\" attachedToRef=\"Task_ReviewDraft\"",
                                        "cancelActivity=\"true\" attachedToRef=\"Task_ReviewDraft\"")
                                .replace(
                                        "sourceRef=\"Timer_ReviewOverdue\" targetRef=\"Task_EscalateOverdueReview\"",
                                        "sourceRef=\"Timer_ReviewOverdue\" targetRef=\"Task_ReleaseReply\""),
                        Rule.RELEASE_WITHOUT_REVIEW,
                        "Timer_ReviewOverdue"),
                edit(
                        "a redraft after the review, released without another review",
                        m -> m.replace(
                                        "sourceRef=\"Gateway_SecondReview\" targetRef=\"Task_ReleaseReply\"",
                                        "sourceRef=\"Gateway_SecondReview\" targetRef=\"Task_Polish\"")
                                .addToProcess("<bpmn:serviceTask id=\"Task_Polish\" camunda:delegateExpression="
                                        + "\"${draftReplyDelegate}\" />\n<bpmn:sequenceFlow id=\"Flow_Polish\""
                                        + " sourceRef=\"Task_Polish\" targetRef=\"Task_ReleaseReply\" />"),
                        Rule.RELEASE_WITHOUT_REVIEW,
                        "Task_Polish"),
                edit(
                        "the approved reply goes straight to the release, past the decision on a second review",
                        m -> m.replace(
                                "sourceRef=\"Gateway_Decision\" targetRef=\"Gateway_SecondReview\"",
                                "sourceRef=\"Gateway_Decision\" targetRef=\"Task_ReleaseReply\""),
                        Rule.REVIEW_NOT_ALLOWED,
                        "Task_ReleaseReply"),
                edit(
                        "the second review offered to the first reviewer's group",
                        m -> m.replace(
                                "name=\"Second review\" camunda:candidateGroups=\"senior-clinician\"",
                                "name=\"Second review\" camunda:candidateGroups=\"${reviewGroup}\""),
                        Rule.REVIEW_NOT_ALLOWED,
                        "Flow_SecondReview_Yes"),
                edit(
                        "anything but the senior's APPROVE releases",
                        m -> m.replace("${decisionAction == 'APPROVE'}", "${decisionAction != 'SEND_BACK'}"),
                        Rule.REVIEW_NOT_ALLOWED,
                        "Task_ReleaseReply"),
                edit(
                        "a condition that always holds",
                        m -> m.replace("${secondReviewRequired}", "${false}"),
                        Rule.EXPRESSION_NOT_ALLOWED,
                        "Flow_SecondReview_Yes"),
                edit(
                        "a call activity",
                        m -> m.addToProcess("<bpmn:callActivity id=\"Call_Elsewhere\" calledElement=\"other\" />"),
                        Rule.UNVERIFIABLE,
                        "Call_Elsewhere"),
                edit(
                        "a routing task that evaluates another decision",
                        m -> m.replace("camunda:decisionRef=\"review-routing\"", "camunda:decisionRef=\"my-routing\""),
                        Rule.ROUTING_NOT_ALLOWED,
                        "Task_RouteReview"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileEdits")
    void refusesAHostileEditNamingTheRuleAndTheElement(
            String what, UnaryOperator<ShippedModel> edit, Rule rule, String elementId) {
        List<Violation> violations = verify(edit.apply(ShippedModel.load()));

        assertThat(violations).as(what).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.elementId()).isEqualTo(elementId);
            assertThat(v.message()).contains(elementId);
        });
    }

    @Test
    void namesThePathAroundTheReview() {
        List<Violation> violations = verify(ShippedModel.load()
                .replace(
                        "sourceRef=\"Task_RouteReview\" targetRef=\"Task_ReviewDraft\"",
                        "sourceRef=\"Task_RouteReview\" targetRef=\"Gateway_Decision\""));

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(Rule.RELEASE_WITHOUT_REVIEW);
            assertThat(v.elementId()).isEqualTo("Gateway_SecondReview");
            assertThat(v.path()).containsSubsequence("Task_RouteReview", "Gateway_Decision", "Task_ReleaseReply");
        });
    }

    @Test
    void refusesSomethingThatIsNotBpmn() {
        assertThat(verifier.verify("<definitions><oops"))
                .singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.MALFORMED));
        assertThat(verifier.verify(
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                .singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.MALFORMED));
    }

    @Test
    void refusesTwoProcessesInOneFile() {
        ShippedModel two = ShippedModel.load()
                .replace(
                        "  </bpmn:process>\n",
                        "  </bpmn:process>\n"
                                + "  <bpmn:process id=\"other\" isExecutable=\"true\" camunda:historyTimeToLive=\"1\">"
                                + "<bpmn:startEvent id=\"Start_Other\" /></bpmn:process>\n");

        assertThat(verify(two))
                .singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo(Rule.MALFORMED));
    }

    private List<Violation> verify(ShippedModel model) {
        return verifier.verify(model.xml());
    }

    private static Arguments edit(String what, UnaryOperator<ShippedModel> edit, Rule rule, String elementId) {
        return Arguments.of(what, edit, rule, elementId);
    }
}
