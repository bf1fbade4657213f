package org.careloop.review.oversight.canary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CanaryKindTest {

    private static final CanaryCatalogue CATALOGUE = CanaryCatalogue.fromClasspath();
    private static final String DRAFT =
            "Hello [NAME_1], a sore throat often gets better within a week. " + "Please call us if it gets worse.";

    private static CanaryKind.Planted plant(CanaryKind kind, String draft) {
        return kind.plant(draft, CATALOGUE.entry(kind), "Margaret Hollis");
    }

    @ParameterizedTest
    @EnumSource(CanaryKind.class)
    void everyKindPutsItsMarkerIntoADraftThatDidNotHoldIt(CanaryKind kind) {
        CanaryKind.Planted planted = plant(kind, DRAFT);
        String shown = planted.plant().apply(DRAFT);
        assertThat(CanaryKind.contains(DRAFT, planted.marker())).isFalse();
        assertThat(CanaryKind.contains(shown, planted.marker())).isTrue();
        assertThat(planted.marker()).isNotBlank();
    }

    @Test
    void aDoseInTheDraftIsMadeTenTimesHigher() {
        String draft = "Take 400 mg of ibuprofen up to three times a day with food.";
        CanaryKind.Planted planted = plant(CanaryKind.WRONG_DOSE, draft);
        assertThat(planted.plant().apply(draft))
                .isEqualTo("Take 4000 mg of ibuprofen up to three times a day with food.");
        assertThat(planted.marker()).isEqualTo("4000 mg");
    }

    @Test
    void theInstructionToGetHelpIsReplacedByOneNotTo() {
        String shown =
                plant(CanaryKind.MISSED_EMERGENCY_INSTRUCTION, DRAFT).plant().apply(DRAFT);
        assertThat(shown)
                .isEqualTo("Hello [NAME_1], a sore throat often gets better within a week. "
                        + "There is no need to call us or seek care, even if it gets worse.");
    }

    @Test
    void anotherNameTakesThePatientsPlaceholderOrGreetsADraftThatNamesNobody() {
        assertThat(plant(CanaryKind.WRONG_NAME, DRAFT).plant().apply(DRAFT))
                .startsWith("Hello Margaret Hollis, a sore");
        String anonymous = "A sore throat often gets better within a week.";
        assertThat(plant(CanaryKind.WRONG_NAME, anonymous).plant().apply(anonymous))
                .isEqualTo("Dear Margaret Hollis,\n\nA sore throat often gets better within a week.");
    }

    @Test
    void aSentenceGoesAfterTheFirstSentenceAndSpansAfterItMoveWithTheirWords() {
        CanaryKind.Planted planted = plant(CanaryKind.CONFIDENT_DIAGNOSIS, DRAFT);
        String shown = planted.plant().apply(DRAFT);
        int call = DRAFT.indexOf("Please call us");
        int firstEnd = DRAFT.indexOf("week.") + "week.".length();
        assertThat(shown.substring(planted.plant().map(call, false))).startsWith("Please call us");
        assertThat(planted.plant().map(firstEnd, true))
                .as("a span ending before the plant stays")
                .isEqualTo(firstEnd);
        assertThat(shown)
                .contains("week. From what you describe, this is definitely a simple viral infection and "
                        + "nothing else. Please call us");
    }

    @Test
    void markersAreFoundWhateverTheCaseAndSpacing() {
        assertThat(CanaryKind.contains(
                        "You can take 2 G of\n paracetamol every 4 hours.", "2 g of paracetamol every 4 hours"))
                .isTrue();
        assertThat(CanaryKind.contains(
                        "You can take 1 g of paracetamol every 4 hours.", "2 g of paracetamol every 4 hours"))
                .isFalse();
    }
}
