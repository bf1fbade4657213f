package org.careloop.bpmn.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewRoutingTableTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTable() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ReviewRoutingTableTest.class.getResourceAsStream("/dmn/review-routing.dmn")) {
            decision = engine.parseDecision("review-routing", in);
        }
    }

    @Test
    void sendsAnEmergencyToOnCallWithinFifteenMinutes() {
        DmnDecisionResultEntries route = route("EMERGENCY", "CHEST_PAIN", "LOW");

        assertThat(route.<String>getEntry("reviewGroup")).isEqualTo("on-call");
        assertThat(route.<String>getEntry("reviewDueIn")).isEqualTo("PT15M");
        assertThat(route.<Integer>getEntry("reviewPriority")).isEqualTo(100);
    }

    @Test
    void sendsSelfHarmAsTriageReportsItToOnCallWithASecondReviewer() {
        // policy-service gives self-harm EMERGENCY (red-flags.json): the severity the table really sees.
        DmnDecisionResultEntries route = route("EMERGENCY", "SUICIDAL_SELF_HARM", "NONE");

        assertThat(route.<String>getEntry("reviewGroup")).isEqualTo("on-call");
        assertThat(route.<Boolean>getEntry("secondReviewRequired")).isTrue();
    }

    @Test
    void sendsSelfHarmBelowEmergencyToASeniorClinicianWithASecondReviewer() {
        DmnDecisionResultEntries route = route("URGENT", "SUICIDAL_SELF_HARM", "LOW");

        assertThat(route.<String>getEntry("reviewGroup")).isEqualTo("senior-clinician");
        assertThat(route.<Boolean>getEntry("secondReviewRequired")).isTrue();
    }

    @Test
    void requiresASecondReviewerForAHighRiskDraft() {
        DmnDecisionResultEntries route = route("ROUTINE", null, "HIGH");

        assertThat(route.<String>getEntry("reviewGroup")).isEqualTo("clinician");
        assertThat(route.<Boolean>getEntry("secondReviewRequired")).isTrue();
        assertThat(route.<String>getEntry("reviewDueIn")).isEqualTo("PT4H");
    }

    @Test
    void givesARoutineLowRiskDraftToAnyClinicianWithinADay() {
        DmnDecisionResultEntries route = route("ROUTINE", null, "LOW");

        assertThat(route.<String>getEntry("reviewGroup")).isEqualTo("clinician");
        assertThat(route.<Boolean>getEntry("secondReviewRequired")).isFalse();
        assertThat(route.<String>getEntry("reviewDueIn")).isEqualTo("PT24H");
        assertThat(route.<Integer>getEntry("reviewPriority")).isEqualTo(30);
    }

    @Test
    void routesAMessageWithoutADraftLikeARoutineOne() {
        DmnDecisionResultEntries route = route("ROUTINE", null, "NONE");

        assertThat(route.<String>getEntry("reviewGroup")).isEqualTo("clinician");
    }

    private static DmnDecisionResultEntries route(String severity, String category, String risk) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("redFlagSeverity", severity);
        variables.put("redFlagCategory", category);
        variables.put("riskLevel", risk);
        return engine.evaluateDecision(decision, variables).getSingleResult();
    }
}
