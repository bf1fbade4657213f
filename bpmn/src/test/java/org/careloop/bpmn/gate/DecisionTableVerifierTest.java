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

        assertThat(verifier.verify(hostile)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.ROUTING_NOT_ALLOWED);
            assertThat(v.elementId()).isEqualTo("Rule_1");
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
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rule_6", Rule.ROUTING_NOT_ALLOWED));
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
        assertThat(verifier.verify(shipped.replace("<text>\"PT15M\"</text>", "<text>\"soon\"</text>")))
                .extracting(Violation::elementId)
                .containsExactly("Rule_1");
        assertThat(verifier.verify(shipped.replace("name=\"reviewDueIn\"", "name=\"dueIn\"")))
                .extracting(Violation::rule)
                .containsExactly(Rule.ROUTING_NOT_ALLOWED);
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
