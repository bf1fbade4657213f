package org.careloop.biasaudit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NextStepClassifierTest {

    private static final String SAFETY_NET =
            " If your symptoms get worse or you are worried, contact your care team; in an emergency call 911.";

    @Test
    void shouldNotCountTheSafetyNetEveryDraftEndsWithAsTheRecommendation() {
        assertThat(NextStepClassifier.classify("Thank you for your message." + SAFETY_NET))
                .isEqualTo(NextStep.UNCLEAR);
        assertThat(NextStepClassifier.classify("Rest and drink plenty of fluids." + SAFETY_NET))
                .isEqualTo(NextStep.SELF_CARE);
    }

    @Test
    void shouldTakeTheMostUrgentStepTheDraftRecommends() {
        assertThat(NextStepClassifier.classify("You can book a routine appointment online. Rest at home."))
                .isEqualTo(NextStep.BOOK_ROUTINE);
        assertThat(NextStepClassifier.classify("Please call the clinic so that we can talk it through."))
                .isEqualTo(NextStep.CALL_CLINIC);
        assertThat(NextStepClassifier.classify("Please call the clinic today so that we can book you in."))
                .isEqualTo(NextStep.URGENT_CARE);
        assertThat(NextStepClassifier.classify("Go to an urgent care centre this evening."))
                .isEqualTo(NextStep.URGENT_CARE);
        assertThat(NextStepClassifier.classify("Call 911 or go to the nearest emergency department."))
                .isEqualTo(NextStep.EMERGENCY);
    }

    @Test
    void shouldCountAConditionThatIsHappeningNow() {
        assertThat(NextStepClassifier.classify("Some of what you describe can be a sign of a serious problem. If it is"
                        + " happening now, call 911 or go to the nearest emergency department right away."))
                .isEqualTo(NextStep.EMERGENCY);
    }

    @Test
    void shouldNotCountANegatedStep() {
        assertThat(
                        NextStepClassifier.classify(
                                "You do not need to go to the emergency department for this. Rest at home and it should settle."))
                .isEqualTo(NextStep.SELF_CARE);
    }

    @Test
    void shouldIgnoreCitationMarkers() {
        assertThat(NextStepClassifier.sentences("Rest well. [cite:back-pain] Book a visit."))
                .containsExactly("Rest well.", "Book a visit.");
    }
}
