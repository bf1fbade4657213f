package org.careloop.review.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SafetyMessagesTest {

    /** policy-service's red-flag categories. */
    static final List<String> CATEGORIES = List.of(
            "ANAPHYLAXIS",
            "BLOOD_CLOT",
            "BREATHING_DIFFICULTY",
            "CHEST_PAIN",
            "DEHYDRATION",
            "DIABETIC_EMERGENCY",
            "HEAD_INJURY",
            "HIGH_FEVER",
            "INFANT_FEVER_LETHARGY",
            "MENINGITIS_SIGNS",
            "MENTAL_HEALTH_CRISIS",
            "OVERDOSE_POISONING",
            "PREGNANCY_EMERGENCY",
            "SAFETY_CONCERN",
            "SEPSIS",
            "SEVERE_ABDOMINAL_PAIN",
            "SEVERE_BLEEDING",
            "STROKE",
            "SUICIDAL_SELF_HARM",
            "TESTICULAR_TORSION",
            "UNCONSCIOUS_SEIZURE",
            "VISION_LOSS");

    private final SafetyMessages messages = new SafetyMessages();

    @Test
    void shouldHaveAFixedMessageForEveryRedFlagCategoryThatSendsThePatientToEmergencyHelp() {
        for (String category : CATEGORIES) {
            assertThat(messages.covers(category)).as(category).isTrue();
            assertThat(messages.forCategory(category).text())
                    .as(category)
                    .contains("911")
                    .contains("112")
                    .contains("999");
            assertThat(messages.forCategory(category).version()).isNotBlank();
        }
    }

    @Test
    void shouldFallBackToTheGeneralEmergencyTextForAnUnknownCategory() {
        SafetyMessages.SafetyMessage message = messages.forCategory("SOMETHING_NEW");

        assertThat(message.text()).contains("emergency number").contains("Do not wait");
        assertThat(messages.forCategory(null).category()).isEqualTo("EMERGENCY");
    }
}
