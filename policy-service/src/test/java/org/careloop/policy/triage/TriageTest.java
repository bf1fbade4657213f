package org.careloop.policy.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TriageTest {

    private static final Triage TRIAGE = Triage.fromClasspath();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I have crushing chest pain and I'm sweating.|CHEST_PAIN",
                "The pain is spreading down my left arm.|CHEST_PAIN",
                "My husband's face is drooping and his speech is slurred.|STROKE",
                "My daughter is not breathing!|BREATHING_DIFFICULTY",
                "I can't breathe properly.|BREATHING_DIFFICULTY",
                "After the peanut my throat is swelling and my lips are swollen.|ANAPHYLAXIS",
                "The cut is bleeding heavily and won't stop.|SEVERE_BLEEDING",
                "I want to kill myself.|SUICIDAL_SELF_HARM",
                "I don't want to live anymore.|SUICIDAL_SELF_HARM",
                "My toddler swallowed some bleach.|OVERDOSE_POISONING",
                "I took too many of my sleeping pills.|OVERDOSE_POISONING",
                "I'm 30 weeks pregnant and bleeding.|PREGNANCY_EMERGENCY",
                "My 6 week old baby has a fever of 38.5.|INFANT_FEVER_LETHARGY",
                "He has a fever and is confused and his skin is mottled.|SEPSIS",
                "He's 8 weeks old. He's got a temperature of 38.2 and he's a bit sleepier.|INFANT_FEVER_LETHARGY",
                "Resident started fitting 14:02, still fitting at 14:09.|UNCONSCIOUS_SEIZURE",
                "I've just had two back to back without coming round in between.|UNCONSCIOUS_SEIZURE",
                "I'm 34 weeks on Thursday. Since this morning a really bad headache, my vision's gone blurry.|PREGNANCY_EMERGENCY",
                "I'm 26 weeks pregnant and my rings won't go on this morning.|PREGNANCY_EMERGENCY",
                "Ten days since my knee operation and the calf is tight and hot. Now I get out of breath walking to the "
                        + "kitchen.|BLOOD_CLOT",
                "Her temperature has been 39.8 since lunch. She is drowsy and keeps asking where she is.|SEPSIS",
                // A hedge is no hypothetical (policy 2026.12-4).
                "Not sure if I should bother you but my chest has felt crushed since breakfast and my left arm is "
                        + "heavy.|CHEST_PAIN",
                "Sorry, no idea if I should even mention this, I've got a crushing pain in my chest that goes into my "
                        + "jaw.|CHEST_PAIN",
                // Danger from another person and a mental health crisis, in lay words (policy 2026.12-5).
                "My stepdad punched me in the face tonight and he says he'll do it again when mum goes out. I don't "
                        + "want to go back there.|SAFETY_CONCERN",
                "I'm writing from the bathroom with the door locked, my partner has been throwing things at me and I "
                        + "can hear him shouting outside.|SAFETY_CONCERN",
                "My brother has stopped his medication and thinks we're out to get him. Tonight he smashed the kitchen "
                        + "window and ran out barefoot.|MENTAL_HEALTH_CRISIS",
                // Policy 2026.12-6: the baby a mother had is not who her sentence is about; "is closing up" says now;
                // a misspelling that only sounds like the word ("throte").
                "had my baby 5 days ago, I'm soaking through a maternity pad every half hour and passing clots as big as "
                        + "my fist, feel really dizzy and cold|PREGNANCY_EMERGENCY",
                "my girlfrend ate a peenut cookie and her throte is closin up, she sais it feels like shes swalowing a "
                        + "golf ball|ANAPHYLAXIS",
            })
    void shouldRaiseAnEmergencyForThePatientNow(String text, String category) {
        TriageResult result = TRIAGE.assess(text);
        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(result.redFlags()).extracting(RedFlag::category).contains(category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No chest pain, just a runny nose.",
                "I have no chest pain or shortness of breath.",
                "Patient denies chest pain.",
                "I never had suicidal thoughts.",
                "I had a stroke in 2019 and I am doing well.",
                "Last year I had chest pain, it was reflux.",
                "My father had a stroke.",
                "My mother died of a heart attack.",
                "Heart attacks run in my family, heart attack history in the family.",
                "What are the signs of a stroke?",
                "Can Lipitor lower my risk of a heart attack?",
                "My 10 week old has no fever but is a bit snuffly.",
                "My 7 week old's temperature is 37.1 today, is that normal?",
                "My dress fitting is on Friday, can I move my smear?",
                "She was fitting as a child but none since.",
                "I'm 30 weeks pregnant, mild headache after a long day at work, better after a nap.",
                "I had a bad headache at 36 weeks with my first. Now 12 weeks pregnant, when is my booking?",
                "My calf aches after the half marathon. No shortness of breath, just stiff.",
                "No fever at all, he is just drowsy after a late night at the sleepover.",
                "We had a row about money last week, we're fine now, just need a letter for the housing office.",
                "My wife will kill me if I miss her birthday again, can I have an earlier appointment?",
                "My dad had a stroke in 2015 and I'm worried about my own blood pressure.",
                "I had my baby 3 weeks ago and she is feeding well, can I book her jabs?",
            })
    void shouldNotRaiseAnEmergencyForNegationHistoryOrOtherPeopleInThePast(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "My dad is having a stroke, please help.|STROKE",
                "I think I took an overdose of my tablets.|OVERDOSE_POISONING",
                "My son is going into anaphylaxis.|ANAPHYLAXIS",
                "Sepsis again tonight, the same as last time.|SEPSIS",
            })
    void aConditionNamedForSomeoneNowShouldStayAnEmergency(String text, String category) {
        TriageResult result = TRIAGE.assess(text);
        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(result.redFlags()).extracting(RedFlag::category).contains(category);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Is there a course on spotting meningitis and sepsis in little ones?|SEPSIS",
                "Please send my records about the sepsis admission to my solicitor.|SEPSIS",
                "Quick question for my dissertation on carbon monoxide poisoning.|OVERDOSE_POISONING",
                "Need my EpiPen renewed please, anaphylaxis to nuts, they expire next month.|ANAPHYLAXIS",
            })
    void aConditionNamedWithoutAnyoneHavingItShouldBeUrgentNotAnEmergency(String text, String category) {
        TriageResult result = TRIAGE.assess(text);
        assertThat(result.highestSeverity()).isEqualTo(Severity.URGENT);
        assertThat(result.redFlags()).extracting(RedFlag::category).contains(category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My toddler's tantrums are giving me a heart attack every night, haha.",
                "I feel like I can't breathe under all this paperwork - metaphorically, I'm fine!",
                "My nephew swallowed a button battery two years ago and since then I've been paranoid about storage.",
                "My best friend tried to kill herself last year n im still kinda messed up about it.",
                "I still have some numbness in one foot, but it's been exactly the same for years - no new symptoms.",
                "My baby is 9 months old, she had 38.0 after her vaccine and is feeding well.",
                "Baby no fever now. 37.1. Feeding fine.",
                "Please cancel my appointment for the heavy bleeding, it was only my period.",
                "If I started feeling suicidal again, what is the quickest way to get help at night?",
                // a hypothetical keeps its subject's aside and an adverb before the verb (written for policy 2026.11-8)
                "If my son (asthmatic, 6) ever gets so wheezy he can't talk, do we call 999 or you?",
                "If your eyesight suddenly goes dark in one eye, is that a 999 thing?",
                "had a seizure 2 yrs ago none since, dvla says i need a letter",
            })
    void shouldNotRaiseAnEmergencyForIdiomsThePastOfOthersOrSomethingLongUnchanged(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I need to cancel my appointment because I have crushing chest pain.",
                "My 6 week old baby has a temperature of 38.2 and no interest in feeding.",
                "I've had chest pain for years but since this morning it's crushing and going down my arm.",
                "My husband had a stroke in 2019 and since lunchtime his face is drooping again.",
            })
    void contextShouldNotHideAPresentEmergency(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isEqualTo(Severity.EMERGENCY);
    }

    @Test
    void shouldGiveTheEvidenceSpanInTheOriginalText() {
        String text = "Hi, this is [NAME_1]. I have chest pain since this morning.";
        RedFlag flag = TRIAGE.assess(text).redFlags().get(0);
        assertThat(text.substring(flag.start(), flag.end())).isEqualTo("chest pain");
        assertThat(flag.ruleId()).isEqualTo("chest-pain-01");
    }

    @Test
    void shouldBeRoutineWithoutRedFlags() {
        TriageResult result = TRIAGE.assess("Can I get a refill of my allergy spray?");
        assertThat(result.redFlags()).isEmpty();
        assertThat(result.highestSeverity()).isEqualTo(Severity.ROUTINE);
    }

    @Test
    void shouldRateShortnessOfBreathAloneUrgent() {
        assertThat(TRIAGE.assess("I get a bit short of breath on the stairs.").highestSeverity())
                .isEqualTo(Severity.URGENT);
    }

    @Test
    void shouldTellWhyAPhraseWasNotRaised() {
        assertThat(TRIAGE.matches("I deny chest pain."))
                .extracting(RedFlagMatch::assertion)
                .containsExactly(Assertion.NEGATED);
        assertThat(TRIAGE.matches("My father had a stroke."))
                .extracting(RedFlagMatch::assertion)
                .containsExactly(Assertion.OTHER_PERSON_PAST);
        assertThat(TRIAGE.matches("I had a heart attack 5 years ago."))
                .extracting(RedFlagMatch::assertion)
                .containsExactly(Assertion.HISTORY);
    }

    @Test
    void shouldStillRaiseTheEmergencyWhenHistoryAndANewEpisodeShareASentence() {
        TriageResult result = TRIAGE.assess("I had a heart attack in 2019 and now I have chest pain again.");
        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
    }

    @Test
    void shouldNotLetANegationInAnEarlierClauseCancelALaterRedFlag() {
        TriageResult result = TRIAGE.assess("No fever, but my chest pain started an hour ago.");
        assertThat(result.redFlags()).extracting(RedFlag::category).containsExactly("CHEST_PAIN");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Had chest pain last year, and now it's back, worse than before.",
                "I've never had chest pain like this before, it's crushing.",
                "My brother just had a seizure and won't wake up properly.",
            })
    void shouldRaiseRecurrencesAndNewEpisodesDespiteHistoryOrNegationWords(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isEqualTo(Severity.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The stroke clinic letter says my follow-up is in March.",
                "Is chest pain a side effect of the new inhaler?",
                "We talked about suicide prevention in my therapy group.",
                "My son choked on a grape last year and now I'm nervous feeding him.",
                "I had a seizure as a child but none since.",
            })
    void shouldNotRaiseServicesSideEffectQuestionsOrResolvedEvents(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }

    /**
     * Policy 2026.12-1: carbon monoxide in a household, a fever without defences, a blocked bowel, seizures in a
     * cluster, someone locked in by another person, a farewell with the tablets already taken, chest pain in Taglish.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We've all had headaches and felt sick for days, the kids are sleepy, and we feel better when we go out. The boiler is old.|OVERDOSE_POISONING",
                "My son has sickle cell, he's 5 and his temperature is 38.9 this evening.|SEPSIS",
                "I'm on chemo and tonight I've got a fever and the shivers.|SEPSIS",
                "Being sick green stuff since this morning and my belly is really swollen.|SEVERE_ABDOMINAL_PAIN",
                "She's had 3 seizures in the last hour and hasn't properly come round in between.|UNCONSCIOUS_SEIZURE",
                "My carer has locked me in my bedroom and taken my phone.|SAFETY_CONCERN",
                "goodbye. thank you for trying with me. ive taken them all.|SUICIDAL_SELF_HARM",
                "My lola is complaining of sakit sa dibdib since 30 mins ago and she is sweating.|CHEST_PAIN",
            })
    void shouldRaiseTheEmergenciesOfPolicy2026_12_1(String text, String category) {
        shouldRaiseEmergenciesToldWithoutTheirTextbookWords(text, category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The boiler engineer is coming on Friday. Can I get my flu jab the same day?",
                "My son has sickle cell and we'd like his hydroxyurea reviewed at his next appointment.",
                "I've finished the antibiotics, I've taken them all as you said. Do I need a follow-up?",
                "She had a seizure in 2019 and the neurologist wants a repeat EEG.",
            })
    void shouldLeaveTheirLookalikesRoutine(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }

    /**
     * Policy 2026.11-12: a history cue in a clause of its own dates that clause only when the sentence also says now;
     * signs that are an emergency together (temporal arteritis with sight symptoms, abuse with the abuser there now);
     * calm final arrangements.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Flew back from Lagos ten days ago and now she's shivering with a fever of 39.8 and doesn't know where she is.|SEPSIS",
                "He is 78. His jaw aches whenever he chews and since lunchtime he keeps seeing double.|VISION_LOSS",
                "My scalp is so tender I can't brush my hair, and this morning the sight in my right eye went dim.|VISION_LOSS",
                "My stepdad hit my little brother again tonight and he's still downstairs shouting.|SAFETY_CONCERN",
                "The kids' letters are written and my sister has agreed to take the cat. I won't be around after the weekend.|SUICIDAL_SELF_HARM",
                "I've been stockpiling my sleeping tablets for a month and I've chosen Sunday. Please don't worry.|SUICIDAL_SELF_HARM",
            })
    void shouldRaiseEmergenciesToldWithoutTheirTextbookWords(String text, String category) {
        TriageResult result = TRIAGE.assess(text);
        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(result.redFlags())
                .filteredOn(f -> f.severity() == Severity.EMERGENCY)
                .extracting(RedFlag::category)
                .contains(category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I've updated my will now that the grandchildren have arrived. Could I book a flu jab?",
                "My jaw aches when I chew since the dentist did the filling. Can I take ibuprofen?",
                "I won't need the inhaler any more because the consultant switched me to the new one.",
                "In 2018, I had a small stroke, and I'd like to know whether I still need aspirin.",
                "Had an allergic reaction to amoxicillin as a child, hives everywhere. Please add it to my notes.",
            })
    void shouldNotRaiseOneArrangementOrSignAloneOrHistoryInItsOwnClause(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }
}
