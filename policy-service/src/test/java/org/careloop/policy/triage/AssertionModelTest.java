package org.careloop.policy.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careloop.policy.policy.CurrentPolicy;
import org.careloop.policy.policy.PolicyManifest;
import org.junit.jupiter.api.Test;

/** The learned half of a red flag's context lowers an emergency that is only mentioned, never one happening now. */
class AssertionModelTest {

    private static final TriageExemplars EXEMPLARS =
            TriageExemplars.load(CurrentPolicy.fromClasspath().catalogue(PolicyManifest.TRIAGE_EXEMPLARS));

    private static final AssertionModel MODEL = new AssertionModel(
            EXEMPLARS.assertions(),
            SentenceEncoder.shared(),
            EXEMPLARS.thresholds().regularisation(),
            EXEMPLARS.thresholds().maxWords(),
            flag -> true);

    @Test
    void shouldLowerAnEmergencyOnlyMentionedToUrgentAndKeepItsEvidence() {
        String text = "Quick one. The man in the flat below us had a heart attack on the stairs last month and it "
                + "got me thinking, can I have my cholesterol checked?";
        RedFlag flag = heartAttack(text);

        List<RedFlag> weighed = MODEL.weigh(text, List.of(flag));

        assertThat(weighed).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.URGENT);
            assertThat(f.ruleId()).isEqualTo("chest-pain-02");
            assertThat(text.substring(f.start(), f.end())).isEqualTo("heart attack");
        });
    }

    @Test
    void shouldLeaveAnEmergencyHappeningNowAnEmergency() {
        String text = "Sorry to message like this, my husband has had a heart attack feeling in his chest for twenty "
                + "minutes, he is grey and sweating and can't get his breath.";
        RedFlag flag = heartAttack(text);

        assertThat(MODEL.notPresent(MODEL.evidence(text, flag.start(), flag.end())))
                .isLessThan(0.5);
        assertThat(MODEL.weigh(text, List.of(flag)))
                .singleElement()
                .extracting(RedFlag::severity)
                .isEqualTo(Severity.EMERGENCY);
    }

    @Test
    void shouldLeaveIntentSafetyTheLanguageScreenAndUrgentFlagsAlone() {
        String text = "My cousin took an overdose of her tablets years ago and her son had a stroke in 2015.";
        int overdose = text.indexOf("took an overdose");
        int stroke = text.indexOf("stroke");
        List<RedFlag> flags = List.of(
                new RedFlag(
                        "SUICIDAL_SELF_HARM", Severity.EMERGENCY, overdose, overdose + 16, "x", TriageLayer.RULES, 1),
                new RedFlag("STROKE", Severity.EMERGENCY, 0, text.length(), "language-xx", TriageLayer.LANGUAGE, 1),
                new RedFlag("STROKE", Severity.URGENT, stroke, stroke + 6, "stroke-02", TriageLayer.RULES, 1));

        TriageExemplars.Assertions a = EXEMPLARS.assertions();
        AssertionModel lowering = new AssertionModel(
                new TriageExemplars.Assertions(0.5, a.unweighedCategories(), a.present(), a.notPresentKinds()),
                SentenceEncoder.shared(),
                EXEMPLARS.thresholds().regularisation(),
                EXEMPLARS.thresholds().maxWords(),
                flag -> true);

        assertThat(lowering.notPresent(text)).isGreaterThanOrEqualTo(0.5);
        assertThat(lowering.weigh(text, flags)).isEqualTo(flags);
    }

    @Test
    void shouldJudgeTheWholeSentenceWithItsQuestionMark() {
        String text = "Hi. What are the early signs of a stroke in an older person? My dad is 79 and lives alone.";
        int start = text.indexOf("stroke");

        assertThat(MODEL.evidence(text, start, start + 6))
                .isEqualTo("What are the early signs of a stroke in an older person?");
    }

    @Test
    void shouldLowerSomeoneElsesPastHeartAttackThroughTheWholeTriage() {
        TriageResult result = Triage.fromClasspath()
                .assess("My best mate's father had a heart attack at the weekend and it has rattled me a bit, "
                        + "could I book one of those NHS health checks?");

        assertThat(result.highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }

    /** The catalogue's EMERGENCY for the phrase "heart attack" in {@code text}. */
    private static RedFlag heartAttack(String text) {
        int start = text.indexOf("heart attack");
        return new RedFlag(
                "CHEST_PAIN", Severity.EMERGENCY, start, start + 12, "chest-pain-02", TriageLayer.RULES, 1.0);
    }
}
