package org.careloop.bpmn.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.careloop.bpmn.gate.Violation.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionTableVerifierTest {

    private static String shipped;
    private final DecisionTableVerifier verifier = new DecisionTableVerifier();

    @BeforeAll
    static void readShippedTable() throws IOException {
        try (InputStream in = DecisionTableVerifierTest.class.getResourceAsStream("/dmn/review-routing.dmn")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shipsAReviewRoutingTableThatPasses() {
        assertThat(verifier.verify(shipped)).isEmpty();
    }

    @Test
    void rejectsATableThatRoutesAReviewToAGroupThatIsNotClinical() {
        String hostile = shipped.replace("<text>\"on-call\"</text>", "<text>\"front-desk\"</text>");

        assertThat(verifier.verify(hostile)).hasSize(2).allSatisfy(v -> {
            assertThat(v.rule()).isEqualTo(Rule.ROUTING_NOT_ALLOWED);
            assertThat(v.elementId()).isIn("Rule_0", "Rule_1");
            assertThat(v.message()).contains("front-desk");
        });
    }

    @Test
    void rejectsAGroupComputedByAnExpressionInsteadOfALiteral() {
        String hostile = shipped.replace(
                "<outputEntry id=\"Rule6_Group\"><text>\"clinician\"</text>",
                "<outputEntry id=\"Rule6_Group\"><text>requestedGroup</text>");

        assertThat(verifier.verify(hostile))
                .extracting(Violation::elementId, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rule6_Group", Rule.DECISION_NOT_ALLOWED));
    }

    @Test
    void rejectsAnyExpressionLanguageOtherThanFeel() {
        String hostile = shipped.replace(
                "<outputEntry id=\"Rule3_Priority\">",
                "<outputEntry id=\"Rule3_Priority\" expressionLanguage=\"javascript\">");
        String juel = shipped.replace(
                "<inputExpression id=\"InputExpression_Risk\" typeRef=\"string\">",
                "<inputExpression id=\"InputExpression_Risk\" typeRef=\"string\" expressionLanguage=\"juel\">");

        assertThat(verifier.verify(hostile)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.SCRIPT);
            assertThat(v.elementId()).isEqualTo("Rule3_Priority");
            assertThat(v.message()).contains("javascript");
        });
        assertThat(verifier.verify(juel)).extracting(Violation::elementId).containsExactly("InputExpression_Risk");
        assertThat(verifier.verify(shipped.replace(
                        "namespace=\"http://careloop.org/dmn\"",
                        "namespace=\"http://careloop.org/dmn\" expressionLanguage=\"groovy\"")))
                .hasSize(1);
    }

    @Test
    void rejectsARoutingTableWithoutADueTimeOrWithANonsenseOne() {
        assertThat(verifier.verify(shipped.replace(
                        "<outputEntry id=\"Rule1_Due\"><text>\"PT15M\"</text>",
                        "<outputEntry id=\"Rule1_Due\"><text>\"soon\"</text>")))
                .extracting(Violation::elementId)
                .containsExactly("Rule_1");
        assertThat(verifier.verify(shipped.replace("name=\"reviewDueIn\"", "name=\"dueIn\"")))
                .extracting(Violation::rule)
                .containsExactly(Rule.ROUTING_NOT_ALLOWED);
    }

    @Test
    void refusesEverythingButAPlainDecisionTable() {
        assertRefused(
                shipped.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\""),
                Rule.DECISION_NOT_ALLOWED,
                "DecisionTable_ReviewRouting");
        assertRefused(
                shipped.replace("<text>redFlagSeverity</text>", "<text>for i in 1..50000000 return i</text>"),
                Rule.DECISION_NOT_ALLOWED,
                "Input_Severity");
        assertRefused(
                shipped.replace(
                        "<inputEntry id=\"Rule3_Severity\"><text>\"URGENT\"</text>",
                        "<inputEntry id=\"Rule3_Severity\"><text>count(for i in 1..50000000 return i) > 0</text>"),
                Rule.DECISION_NOT_ALLOWED,
                "Rule3_Severity");
        assertRefused(
                shipped.replace("name=\"reviewPriority\"", "name=\"reviewGroup\""),
                Rule.DECISION_NOT_ALLOWED,
                "DecisionTable_ReviewRouting");
        String literal = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"d\" name=\"d\""
                + " namespace=\"x\"><decision id=\"review-routing\" name=\"r\"><literalExpression id=\"e\">"
                + "<text>{reviewGroup: \"on-call\"}</text></literalExpression></decision></definitions>";
        assertRefused(literal, Rule.DECISION_NOT_ALLOWED, "e");
    }

    @Test
    void refusesARoutingTableThatLosesAnEmergencyOrSelfHarmsSecondReview() {
        String selfHarmAfterEmergency = shipped.replace(
                "<outputEntry id=\"Rule0_Second\"><text>true</text>",
                "<outputEntry id=\"Rule0_Second\"><text>false</text>");
        assertThat(verifier.verify(selfHarmAfterEmergency)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.ROUTING_NOT_ALLOWED);
            assertThat(v.message()).contains("EMERGENCY/SUICIDAL_SELF_HARM").contains("no second review");
        });
        String emergencyToClinician = shipped.replace(
                "<outputEntry id=\"Rule1_Group\"><text>\"on-call\"</text>",
                "<outputEntry id=\"Rule1_Group\"><text>\"clinician\"</text>");
        assertThat(verifier.verify(emergencyToClinician))
                .singleElement()
                .satisfies(v -> assertThat(v.message())
                        .contains("EMERGENCY/ANAPHYLAXIS")
                        .contains("not to on-call"));
        String noCatchAll = shipped.replace(
                "<inputEntry id=\"Rule6_Risk\"><text></text>", "<inputEntry id=\"Rule6_Risk\"><text>\"LOW\"</text>");
        assertThat(verifier.verify(noCatchAll))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).contains("ROUTINE/ANAPHYLAXIS/NONE: no rule matches"));
    }

    private void assertRefused(String xml, Rule rule, String elementId) {
        assertThat(verifier.verify(xml)).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.elementId()).isEqualTo(elementId);
        });
    }

    @Test
    void rejectsSomethingThatIsNotDmn() {
        assertThat(verifier.verify("<definitions><oops"))
                .extracting(Violation::rule)
                .containsExactly(Rule.MALFORMED);
        assertThat(verifier.verify(
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"))
                .extracting(Violation::rule)
                .containsExactly(Rule.MALFORMED);
        assertThat(verifier.verify("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"))
                .extracting(Violation::rule)
                .containsExactly(Rule.MALFORMED);
    }
}
