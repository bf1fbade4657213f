package org.careloop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careloop.policy.triage.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DraftCheckerTest {

    private static final DraftChecker CHECKER = DraftChecker.fromClasspath();

    private static CheckDraftResponse check(String draft) {
        return CHECKER.check(new CheckDraftRequest("", draft, List.of(new Citation("all", 0, draft.length())), List.of()));
    }

    private static List<String> findings(String draft, FindingType type) {
        return check(draft).findings().stream()
                .filter(f -> f.type() == type)
                .map(f -> draft.substring(f.start(), f.end()))
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "You can take 400 mg of ibuprofen.|DOSING_ADVICE|400 mg",
            "Take 2 tablets at night.|DOSING_ADVICE|Take 2 tablets",
            "Use it twice a day.|DOSING_ADVICE|twice a day",
            "You should stop taking your lisinopril.|MEDICATION_CHANGE|You should stop taking your lisinopril",
            "Increase your insulin before dinner.|MEDICATION_CHANGE|Increase your insulin",
            "You have an ear infection.|DEFINITIVE_DIAGNOSIS|You have an ear infection",
            "This is definitely a viral infection.|DEFINITIVE_DIAGNOSIS|This is definitely a viral infection",
            "There is no need to see a doctor for this.|DISCOURAGES_CARE|no need to see",
            "Don't go to the ER for a headache.|DISCOURAGES_CARE|Don't go to the ER",
            "This cream is guaranteed to work.|GUARANTEE|guaranteed",
            "It is 100% safe.|GUARANTEE|100%",
            "As a drug abuser he needs help.|STIGMATISING_LANGUAGE|drug abuser",
            "She was non-compliant with her pills.|STIGMATISING_LANGUAGE|non-compliant",
    })
    void shouldFindTheUnsafePhraseWithItsSpan(String draft, FindingType type, String span) {
        assertThat(findings(draft, type)).contains(span);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please do not stop taking your lisinopril without talking to your care team.",
            "Talk to your doctor before you change your medication.",
    })
    void shouldNotTreatAdviceToKeepMedicationAsAChange(String draft) {
        assertThat(findings(draft, FindingType.MEDICATION_CHANGE)).isEmpty();
    }

    @Test
    void shouldNotTreatDiabeticAsAdjectiveAsStigmatising() {
        assertThat(findings("Bring your diabetic supplies to the visit.", FindingType.STIGMATISING_LANGUAGE)).isEmpty();
        assertThat(findings("As a diabetic, you should check your feet.", FindingType.STIGMATISING_LANGUAGE)).hasSize(1);
    }

    @Test
    void shouldFindSentencesNoCitationCovers() {
        String draft = "Hello [NAME_1]. Sore throats usually last a week. Honey can soothe a cough in adults. "
                + "Please contact your care team if it gets worse.";
        int cited = draft.indexOf("Sore");
        CheckDraftResponse response = CHECKER.check(new CheckDraftRequest("", draft,
                List.of(new Citation("sore-throat", cited, cited + "Sore throats usually last a week.".length())), List.of()));
        assertThat(response.findings()).filteredOn(f -> f.type() == FindingType.UNCITED_CLAIM)
                .extracting(f -> draft.substring(f.start(), f.end()))
                .containsExactly("Honey can soothe a cough in adults.");
    }

    @Test
    void shouldNotTreatASentenceThatIntroducesAListAsAClaim() {
        String draft = "Thank you for your message. Here is general information from our clinic's patient material:\n\n"
                + "Colds often last a week or two.";
        CheckDraftResponse response = CHECKER.check(new CheckDraftRequest("", draft, List.of(), List.of()));
        assertThat(response.findings()).filteredOn(f -> f.type() == FindingType.UNCITED_CLAIM)
                .extracting(f -> draft.substring(f.start(), f.end()))
                .containsExactly("Colds often last a week or two.");
    }

    @Test
    void shouldFindIdentifiersButNotPlaceholders() {
        String draft = "Hello [NAME_1], your appointment on [DATE_1] is confirmed. Email jane@example.com with questions.";
        assertThat(findings(draft, FindingType.IDENTIFIER_LEAK)).containsExactly("jane@example.com");
    }

    @Test
    void shouldFlagHardReadingAndNotPlainReading() {
        String hard = "Pharmacological management of hypertension necessitates individualised consideration of "
                + "comorbidities, contraindications and the anticipated therapeutic trajectory.";
        String plain = "Your blood pressure is a bit high. Walk each day. Eat less salt. We will check it again soon.";
        assertThat(check(hard).readingGrade()).isGreaterThan(8.0);
        assertThat(findings(hard, FindingType.READING_LEVEL)).hasSize(1);
        assertThat(check(plain).readingGrade()).isLessThan(8.0);
        assertThat(findings(plain, FindingType.READING_LEVEL)).isEmpty();
    }

    @Test
    void shouldFlagAnEmergencyOnlyWhenTheDraftDoesNotSendThePatientToEmergencyCare() {
        List<RedFlagRef> emergency = List.of(new RedFlagRef("CHEST_PAIN", Severity.EMERGENCY));
        String silent = "Hello [NAME_1]. Chest pain has many causes.";
        String addressed = "Hello [NAME_1]. Please call 911 now or go to the nearest emergency department.";
        assertThat(CHECKER.check(new CheckDraftRequest("", silent, List.of(), emergency)).findings())
                .extracting(Finding::type).contains(FindingType.EMERGENCY_NOT_ADDRESSED);
        assertThat(CHECKER.check(new CheckDraftRequest("", addressed, List.of(), emergency)).findings())
                .extracting(Finding::type).doesNotContain(FindingType.EMERGENCY_NOT_ADDRESSED);
        assertThat(CHECKER.check(new CheckDraftRequest("", silent, List.of(),
                List.of(new RedFlagRef("HIGH_FEVER", Severity.URGENT)))).findings())
                .extracting(Finding::type).doesNotContain(FindingType.EMERGENCY_NOT_ADDRESSED);
    }

    @Test
    void shouldDeriveTheRiskLevelFromTheMostSevereFinding() {
        assertThat(check("Hello [NAME_1]. Rest and drink plenty of water.").riskLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(check("This will definitely help you rest.").riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(check("Take 2 tablets now.").riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(check("Rest.").policyVersion()).isEqualTo("2026.11-1");
    }
}
