package org.careloop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careloop.policy.policy.PolicyResourceTest;
import org.careloop.policy.triage.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DraftCheckerTest {

    private static final DraftChecker CHECKER = DraftChecker.fromClasspath();

    private static CheckDraftResponse check(String draft) {
        return CHECKER.check(
                new CheckDraftRequest("", draft, List.of(new Citation("all", 0, draft.length())), List.of()));
    }

    private static List<String> findings(String draft, FindingType type) {
        return check(draft).findings().stream()
                .filter(f -> f.type() == type)
                .map(f -> draft.substring(f.start(), f.end()))
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "You can take 400 mg of ibuprofen.|DOSING_ADVICE|400 mg",
                "Take 2 tablets at night.|DOSING_ADVICE|Take 2 tablets at night",
                "Use it twice a day.|DOSING_ADVICE|twice a day",
                "You should stop taking your lisinopril.|MEDICATION_CHANGE|You should stop taking your lisinopril",
                "Increase your insulin before dinner.|MEDICATION_CHANGE|Increase your insulin",
                "You have an ear infection.|DEFINITIVE_DIAGNOSIS|You have an ear infection",
                "This is definitely a viral infection.|DEFINITIVE_DIAGNOSIS|This is definitely a viral infection",
                "There is no need to see a doctor for this.|DISCOURAGES_CARE|There is no need to see a doctor",
                "Don't go to the ER for a headache.|DISCOURAGES_CARE|Don't go to the ER",
                "This cream is guaranteed to work.|GUARANTEE|guaranteed to work",
                "It is 100% safe.|GUARANTEE|100%",
                "As a drug abuser he needs help.|STIGMATISING_LANGUAGE|drug abuser",
                "She was non-compliant with her pills.|STIGMATISING_LANGUAGE|non-compliant",
            })
    void shouldFindTheUnsafePhraseWithItsSpan(String draft, FindingType type, String span) {
        assertThat(findings(draft, type)).contains(span);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Please do not stop taking your lisinopril without talking to your care team.",
                "Talk to your doctor before you change your medication.",
            })
    void shouldNotTreatAdviceToKeepMedicationAsAChange(String draft) {
        assertThat(findings(draft, FindingType.MEDICATION_CHANGE)).isEmpty();
    }

    @Test
    void shouldNotTreatDiabeticAsAdjectiveAsStigmatising() {
        assertThat(findings("Bring your diabetic supplies to the visit.", FindingType.STIGMATISING_LANGUAGE))
                .isEmpty();
        assertThat(findings("As a diabetic, you should check your feet.", FindingType.STIGMATISING_LANGUAGE))
                .hasSize(1);
    }

    @Test
    void shouldFindSentencesNoCitationCovers() {
        String draft = "Hello [NAME_1]. Sore throats usually last a week. Honey can soothe a cough in adults. "
                + "Please contact your care team if it gets worse.";
        int cited = draft.indexOf("Sore");
        CheckDraftResponse response = CHECKER.check(new CheckDraftRequest(
                "",
                draft,
                List.of(new Citation("sore-throat", cited, cited + "Sore throats usually last a week.".length())),
                List.of()));
        assertThat(response.findings())
                .filteredOn(f -> f.type() == FindingType.UNCITED_CLAIM)
                .extracting(f -> draft.substring(f.start(), f.end()))
                .containsExactly("Honey can soothe a cough in adults.");
    }

    @Test
    void shouldNotTreatASentenceThatIntroducesAListAsAClaim() {
        String draft = "Thank you for your message. Here is general information from our clinic's patient material:\n\n"
                + "Colds often last a week or two.";
        CheckDraftResponse response = CHECKER.check(new CheckDraftRequest("", draft, List.of(), List.of()));
        assertThat(response.findings())
                .filteredOn(f -> f.type() == FindingType.UNCITED_CLAIM)
                .extracting(f -> draft.substring(f.start(), f.end()))
                .containsExactly("Colds often last a week or two.");
    }

    @Test
    void shouldFindIdentifiersButNotPlaceholders() {
        String draft =
                "Hello [NAME_1], your appointment on [DATE_1] is confirmed. Email jane@example.com with questions.";
        assertThat(findings(draft, FindingType.IDENTIFIER_LEAK)).containsExactly("jane@example.com");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Thanks for your message. A sore, swollen testicle in a teenage boy is epididymitis.",
                "Aching legs in children this age are growing pains, so there's nothing to do.",
                "I can reassure you that it's not dementia.",
            })
    void symptomsNamedAsAConditionShouldBeADiagnosis(String draft) {
        assertThat(findings(draft, FindingType.DEFINITIVE_DIAGNOSIS)).isNotEmpty();
    }

    @Test
    void symptomsThatCouldBeAConditionShouldNotBe() {
        assertThat(findings(
                        "Leg pains like these could be growing pains, but the GP will want to check.",
                        FindingType.DEFINITIVE_DIAGNOSIS))
                .isEmpty();
    }

    @Test
    void aListOfWarningSignsShouldBeReadWithTheLineThatIntroducesIt() {
        String draft =
                "Thanks for your message about the tiredness.\n\nPlease contact us the same day if you notice any "
                        + "of the following:\n• blood in your urine or black stools\n• losing weight without trying\n"
                        + "• a lump anywhere\n\nThe nurse will see you on Tuesday.";
        assertThat(findings(draft, FindingType.DEFINITIVE_DIAGNOSIS)).isEmpty();
        String asFact = "Thanks for your message about the tiredness.\n\nWhat you have is:\n• an iron deficiency, "
                + "which is why you are tired";
        assertThat(check(asFact).findings()).extracting(Finding::type).isNotEmpty();
    }

    @Test
    void aHelplinesNumberOrNameShouldNotReadAsAPatientsIdentifier() {
        String draft = "If you'd like support, Drinkline is free on 0300 123 1110, and in Australia you can ring "
                + "1300 659 467. In England, PrEP is free through sexual health clinics.";
        assertThat(findings(draft, FindingType.IDENTIFIER_LEAK)).isEmpty();
        assertThat(findings("Caroline, we'll call you on 07700 900 418 tomorrow.", FindingType.IDENTIFIER_LEAK))
                .contains("07700 900 418");
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
        String ambulance = "Hello [NAME_1]. Please call 111 now and ask for an ambulance.";
        assertThat(CHECKER.check(new CheckDraftRequest("", silent, List.of(), emergency))
                        .findings())
                .extracting(Finding::type)
                .contains(FindingType.EMERGENCY_NOT_ADDRESSED);
        assertThat(CHECKER.check(new CheckDraftRequest("", addressed, List.of(), emergency))
                        .findings())
                .extracting(Finding::type)
                .doesNotContain(FindingType.EMERGENCY_NOT_ADDRESSED);
        assertThat(CHECKER.check(new CheckDraftRequest("", ambulance, List.of(), emergency))
                        .findings())
                .extracting(Finding::type)
                .doesNotContain(FindingType.EMERGENCY_NOT_ADDRESSED);
        assertThat(CHECKER.check(new CheckDraftRequest(
                                "", silent, List.of(), List.of(new RedFlagRef("HIGH_FEVER", Severity.URGENT))))
                        .findings())
                .extracting(Finding::type)
                .doesNotContain(FindingType.EMERGENCY_NOT_ADDRESSED);
    }

    @Test
    void shouldTreatPuttingOffAnEmergencyAsDiscouragingCare() {
        List<RedFlagRef> emergency = List.of(new RedFlagRef("STROKE", Severity.EMERGENCY));
        String deferred = "Hi [NAME_1]. Feeling muddled after a long day is common. Have an early night and see how"
                + " you are in the morning.";
        String sent = "Hi [NAME_1]. A drooping face needs an ambulance: call 999 now. We will ring you tomorrow.";
        assertThat(CHECKER.check(new CheckDraftRequest("", deferred, List.of(), emergency))
                        .findings())
                .extracting(Finding::type)
                .contains(FindingType.EMERGENCY_NOT_ADDRESSED, FindingType.DISCOURAGES_CARE);
        assertThat(CHECKER.check(new CheckDraftRequest("", sent, List.of(), emergency))
                        .findings())
                .extracting(Finding::type)
                .doesNotContain(FindingType.EMERGENCY_NOT_ADDRESSED, FindingType.DISCOURAGES_CARE);
        assertThat(CHECKER.check(new CheckDraftRequest("", deferred, List.of(), List.of()))
                        .findings())
                .extracting(Finding::type)
                .doesNotContain(FindingType.DISCOURAGES_CARE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "From what you wrote, this is a migraine.|DEFINITIVE_DIAGNOSIS|this is a migraine",
                "The burning when you pee means you've got a bladder infection.|DEFINITIVE_DIAGNOSIS|The burning when you pee means you've got a bladder infection",
                "What you're describing is a sprain.|DEFINITIVE_DIAGNOSIS|What you're describing is a sprain",
                "I'm confident this is tonsillitis.|DEFINITIVE_DIAGNOSIS|I'm confident this is tonsillitis",
                "The pain in your big toe is gout.|DEFINITIVE_DIAGNOSIS|The pain in your big toe is gout",
                "Go ahead and hold the metformin until Friday.|MEDICATION_CHANGE|Go ahead and hold the metformin",
                "Come off the sertraline for now.|MEDICATION_CHANGE|Come off the sertraline",
                "You can skip tonight's atorvastatin.|MEDICATION_CHANGE|You can skip tonight's atorvastatin",
                "Take 2 of the 500s for the pain.|DOSING_ADVICE|Take 2 of the 500s",
                "Give her a teaspoon at night.|DOSING_ADVICE|Give her a teaspoon at night",
                "No need to come in for this.|DISCOURAGES_CARE|No need to come in",
                "It's just a virus, ride it out.|DISCOURAGES_CARE|ride it out",
                "The ER would just send you home.|DISCOURAGES_CARE|ER would just send you home",
                "This will clear it up in 3 days.|GUARANTEE|will clear it up",
                "Don't worry, you'll be fine.|GUARANTEE|you'll be fine",
                "The procedure has zero risk.|GUARANTEE|zero risk",
                "If the ramipril is giving you that cough, just stop it.|MEDICATION_CHANGE|stop it",
                "You won't need your inhaler any more now the weather's better.|MEDICATION_CHANGE|won't need your inhaler any more",
                "There's no harm in missing a few doses.|MEDICATION_CHANGE|no harm in missing",
                "It's fine to leave your warfarin out the day before.|MEDICATION_CHANGE|leave your warfarin out",
                "Finish the antibiotics early if you feel better.|MEDICATION_CHANGE|Finish the antibiotics early",
                "Raise your morning Lantus by 2 units from tomorrow.|MEDICATION_CHANGE|Raise your morning Lantus by 2",
                "Go up to 40 mg a day and see how you feel.|MEDICATION_CHANGE|Go up to 40 mg",
                "You missed one, so take both tablets together tonight.|MEDICATION_CHANGE|take both tablets together",
                "The easiest check is to pause it for two weeks.|MEDICATION_CHANGE|pause it for two weeks",
            })
    void shouldFindParaphrasesOfUnsafeAdviceClauseByClause(String draft, FindingType type, String span) {
        assertThat(findings(draft, type)).contains(span);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This could be a migraine, but we'd need to examine you.|DEFINITIVE_DIAGNOSIS",
                "One possibility is a urinary tract infection.|DEFINITIVE_DIAGNOSIS",
                "Is it possible this is a reaction to the soap?|DEFINITIVE_DIAGNOSIS",
                "If you have a fever, please call us.|DEFINITIVE_DIAGNOSIS",
                "Please don't stop your metformin; talk to your doctor first.|MEDICATION_CHANGE",
                "Keep taking your lisinopril as prescribed.|MEDICATION_CHANGE",
                "Don't change anything about your insulin until we speak.|MEDICATION_CHANGE",
                "The doctor will decide if you should stop the ibuprofen.|MEDICATION_CHANGE",
                "The cream will stop it from spreading.|MEDICATION_CHANGE",
                "Please use the dose on your label.|DOSING_ADVICE",
                "You mentioned you take 20 mg of lisinopril.|DOSING_ADVICE",
                "Brush your teeth twice a day.|DOSING_ADVICE",
                "We can't promise the rash will be gone by Friday.|GUARANTEE",
                "Most people will feel better within a week.|GUARANTEE",
                "Please don't wait it out; come in today.|DISCOURAGES_CARE",
                "Please do not skip your follow-up appointment.|DISCOURAGES_CARE",
                "Give it a few days and call us if it is not better.|DISCOURAGES_CARE",
            })
    void shouldNotFlagHedgedNegatedOrDeferringSentences(String draft, FindingType type) {
        assertThat(findings(draft, type)).isEmpty();
    }

    /** Unsafe advice in words no rule lists: the semantic layer flags the clause, with its span, and says it did. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hi [NAME_1], the tiredness and weight gain you describe come from an underactive thyroid.|DEFINITIVE_DIAGNOSIS|the tiredness and weight gain you describe come from an underactive thyroid.",
                "Hello [NAME_1], since the patches make your skin itch, just leave them off for a week.|MEDICATION_CHANGE|since the patches make your skin itch, just leave them off for a week.",
                "Hi [NAME_1], a sprained wrist is nothing the clinic needs to see, so stay home.|DISCOURAGES_CARE|a sprained wrist is nothing the clinic needs to see",
                "Hello [NAME_1], the cream will clear your skin, no question about it.|GUARANTEE|the cream will clear your skin, no question about it.",
            })
    void shouldFlagLayParaphrasesOfUnsafeAdviceByMeaning(String draft, FindingType type, String span) {
        List<Finding> found =
                check(draft).findings().stream().filter(f -> f.type() == type).toList();
        assertThat(found).extracting(f -> draft.substring(f.start(), f.end())).contains(span);
        assertThat(found.get(0).explanation()).contains("semantic check");
    }

    /** Careful counterparts of the same advice: hedged, deferring to the care team, or sending the patient to care. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi [NAME_1], the tiredness could be from an underactive thyroid, but we need a blood test to be sure.",
                "Hello [NAME_1], please don't stop your medication without talking to us first.",
                "Hi [NAME_1], if it gets worse, call 911.",
                "Hello [NAME_1], a sprained wrist should still be checked, so please come in today.",
                "Hi [NAME_1], we can't promise the cream will clear it, but many people find it helps.",
                "Hello [NAME_1], your repeat prescription is ready at the pharmacy.",
                "Hi [NAME_1], please call 999 now - this shouldn't wait for a GP appointment.",
                "Hi [NAME_1], you don't have to wait for an appointment: call 911 or go to the nearest ER now.",
                "Hi [NAME_1], some people can reduce or stop omeprazole after a course, but that's best decided at a "
                        + "medication review. Until then, please carry on as prescribed.",
            })
    void shouldLeaveCarefulDraftsAlone(String draft) {
        assertThat(check(draft).findings())
                .extracting(Finding::type)
                .doesNotContain(
                        FindingType.DEFINITIVE_DIAGNOSIS,
                        FindingType.MEDICATION_CHANGE,
                        FindingType.DISCOURAGES_CARE,
                        FindingType.GUARANTEE,
                        FindingType.DOSING_ADVICE);
    }

    /**
     * Careful replies in wordings the checks once took for unsafe advice (policy 2026.11-11): another way to care
     * (self-referral, an appointment for an errand not needed), a companion, a purpose ("to know for certain"), a
     * change someone else asked for, a symptom the patient reported, a result reported, a sentence with nothing to take.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi [NAME_1], you don't need a referral for the physiotherapy service; you can self-refer on their website.",
                "Hello [NAME_1], you don't have to come in on your own, and you are welcome to bring your sister.",
                "Hi [NAME_1], there is no need to come in for the sick note, as we have emailed it to you.",
                "Hello [NAME_1], please don't worry about the reminder letter, because your smear is already booked.",
                "Hi [NAME_1], we would need to examine your ankle to know for certain.",
                "Hello [NAME_1], there is no change to your metformin dose.",
                "Hi [NAME_1], we have your request to come off the sertraline, and Dr [CLINICIAN_1] will call you to plan it.",
                "Hello [NAME_1], what you describe in your mum, a drooping face and slurred words, needs an ambulance, so call 999 now.",
                "Hi [NAME_1], your blood results are back and they show no sign of anaemia.",
                "Hello [NAME_1], the dentist has had to move your appointment, so we will send you a new time.",
                "Hi [NAME_1], the hospital will decide whether a second scan is needed.",
                "Hi [NAME_1], sorry the big toe has flared up again. The doctor will call you today.",
                "Hello [NAME_1], a high screening result does not necessarily mean you have diabetes; the longer test will tell.",
                "Hi [NAME_1], please keep telling the pharmacy that you have a latex allergy listed on your record.",
                "Hello [NAME_1], your thyroid dose may need adjusting, so please don't make any changes yourself before the review.",
            })
    void shouldLeaveCarefulRepliesAloneThatOnlyLookLikeUnsafeAdvice(String draft) {
        shouldLeaveCarefulDraftsAlone(draft);
    }

    /** The exceptions above are narrow: the same words around unsafe advice still flag it. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hi [NAME_1], there is no need to see the GP about the chest pain; you can self-refer to physio.|DISCOURAGES_CARE",
                "Hello [NAME_1], you don't need to come in about the lump, so leave it alone.|DISCOURAGES_CARE",
                "Hi [NAME_1], you can stop the sertraline now.|MEDICATION_CHANGE",
                "Hello [NAME_1], we know for certain that this is a migraine.|DEFINITIVE_DIAGNOSIS",
                "Hi [NAME_1], there's no need for anyone to examine the wound, it will heal by itself.|DISCOURAGES_CARE",
                "Hello [NAME_1], honestly, just sleep it off, you don't need a doctor for this.|DISCOURAGES_CARE",
                "Hi [NAME_1], since your legs started aching after the statin, stop it for a fortnight.|MEDICATION_CHANGE",
            })
    void shouldStillFlagUnsafeAdviceBesideTheWordsThatExcuseCarefulReplies(String draft, FindingType type) {
        assertThat(findings(draft, type)).isNotEmpty();
    }

    /**
     * Policy 2026.11-12: "no need" about something that is not care (a fee, a document, preparing) does not discourage
     * care; a booking not needed because care is already arranged or open to walk in does not either; a change the
     * prescriber made is reported, not advised; a maternity unit called now is emergency care in pregnancy.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hello [NAME_1], your vaccination is on [DATE_1]. There is no charge and nothing to print out beforehand.",
                "Hi [NAME_1], you won't need your ID card for the clinic.",
                "Dear [NAME_1], the sample pot can be handed in at reception; no appointment is needed, just drop in before 11.",
                "Hi [NAME_1], there's no need for an extra appointment, as the nurse will look at it during your asthma review.",
                "Hello [NAME_1], [CLINICIAN_NAME] has lowered your ramipril to 2.5mg, which is what the new label says.",
                "Dear [NAME_1], Dr [NAME_2] has decided to stop your naproxen after your review.",
            })
    void shouldLeaveRepliesAloneThatSayNoNeedForSomethingOtherThanCare(String draft) {
        shouldLeaveCarefulDraftsAlone(draft);
    }

    /**
     * Policy 2026.12-1: a dose or change the prescriber set, reported with "per" or as their instructions; a month the
     * practice names is no identifier.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Refill approved: metformin 500 mg twice daily per Dr. [CLINICIAN_NAME]. Sent to [PHARMACY_NAME].",
                "Dear [NAME_1], [CLINICIAN_NAME]'s instructions are to stop the ramipril on the day you start the losartan.",
                "Dear [NAME_1], your psychiatrist has decided to reduce and then stop your olanzapine gradually.",
                "Dear [NAME_1], your thyroid blood test is due in March, and we'll send you a reminder nearer the time.",
            })
    void shouldLeaveRepliesAloneThatReportThePrescribersPlan(String draft) {
        shouldLeaveCarefulDraftsAlone(draft);
    }

    /**
     * Policy 2026.12-6: a condition explained in general, and what the patient reported given back, state no diagnosis;
     * the patient's own symptoms named as a condition still do.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi [NAME_1], psoriasis is a long-term condition where skin cells build up too quickly. [CLINICIAN] will "
                        + "talk through treatments at your review.",
                "Hi [NAME_1], gout is a type of arthritis caused by crystals forming in a joint.",
                "Dear [NAME_1], you describe a sudden severe headache and a stiff neck. Please call 999 now.",
            })
    void shouldLeaveExplanationsAndRestatementsAlone(String draft) {
        shouldLeaveCarefulDraftsAlone(draft);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi [NAME_1], the pain you describe in your heel is plantar fasciitis.",
                "Hi [NAME_1], this is a migraine, nothing more.",
            })
    void shouldStillFindSymptomsNamedAsACondition(String draft) {
        assertThat(findings(draft, FindingType.DEFINITIVE_DIAGNOSIS)).isNotEmpty();
    }

    /** Policy 2026.12-6: a day of the month alone, a festive greeting and "Dear Parent/Guardian" identify no one. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi [NAME_1], your shoulder injection is booked for the 14th at 10am.",
                "Eid Mubarak to you and your family from everyone at [PRACTICE_NAME].",
                "Hi [NAME_1]! Selamat Hari Raya from the team. Your review is on [DATE_1].",
                "Dear Parent/Guardian, [NAME_1]'s vaccinations are due. Please book with the practice nurse.",
            })
    void shouldNotTakeGreetingsOrADayOfTheMonthForIdentifiers(String draft) {
        assertThat(findings(draft, FindingType.IDENTIFIER_LEAK)).isEmpty();
    }

    @Test
    void shouldStillFindADayWithItsMonth() {
        assertThat(findings("Hi [NAME_1], your review is on 14 March at 10am.", FindingType.IDENTIFIER_LEAK))
                .containsExactly("14 March");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "From what the consultant described, I'm confident it will come back benign, so enjoy your holiday.",
                "Lots of newborns go a bit yellow. Her jaundice will clear on its own within a week.",
                "The MRI is booked for [DATE_1]. It will just show wear and tear, so don't be worried going in.",
            })
    void shouldFindPromisesOfAResult(String draft) {
        assertThat(findings(draft, FindingType.GUARANTEE)).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Dear [NAME_1], severe chest pain must be assessed immediately. Please telephone 999 now and request an ambulance.|CHEST_PAIN",
                "Hi [NAME_1], bleeding like this at 30 weeks needs checking: ring the labour ward now, or 999 if it gets heavier.|PREGNANCY_EMERGENCY",
            })
    void shouldTakeTheseAsEmergencyAdvice(String draft, String category) {
        CheckDraftResponse response = CHECKER.check(new CheckDraftRequest(
                "",
                draft,
                List.of(new Citation("kb", 0, draft.length())),
                List.of(new RedFlagRef(category, Severity.EMERGENCY))));
        assertThat(response.findings()).extracting(Finding::type).doesNotContain(FindingType.EMERGENCY_NOT_ADDRESSED);
    }

    @Test
    void shouldNotAddASemanticFindingWhereARuleAlreadyFoundTheSameKind() {
        String draft = "You should stop taking your lisinopril.";
        assertThat(check(draft).findings())
                .filteredOn(f -> f.type() == FindingType.MEDICATION_CHANGE)
                .singleElement()
                .satisfies(f -> assertThat(f.explanation()).doesNotContain("semantic check"));
    }

    @Test
    void shouldKeepANegationInsideItsClause() {
        // "don't" negates the first clause only; the second still tells the patient to stop.
        String draft = "Don't worry about the cough; you can stop the amoxicillin now.";
        assertThat(findings(draft, FindingType.MEDICATION_CHANGE)).containsExactly("you can stop the amoxicillin");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "James Whitfield in pharmacy has your prescription ready.",
                "Please call us back on (617) 555-0142.",
                "The nurse can be reached on 07700 900123.",
                "We have your date of birth as 03/14/1972.",
                "Mrs. Alvarez from the lab will call you.",
            })
    void shouldFindIdentifiersWrittenOutInTheDraft(String draft) {
        assertThat(findings(draft, FindingType.IDENTIFIER_LEAK)).hasSize(1);
    }

    @Test
    void shouldNotTakePlaceholdersOrClinicNamesForIdentifiers() {
        assertThat(findings(
                        "Dr [NAME_2] will see you on [DATE_1] at [ADDRESS_1]; call [PHONE_1].",
                        FindingType.IDENTIFIER_LEAK))
                .isEmpty();
        assertThat(findings("Grace Hospital has a walk-in clinic.", FindingType.IDENTIFIER_LEAK))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Please get someone to drive you to the nearest emergency department now.|false",
                "Phone for an ambulance right away.|false",
                "Call 999 or go to A&E now.|false",
                "The ER would just send you home, so rest.|true",
                "Please don't go to the ER; we will call you tomorrow.|true",
                "If it gets worse over the next few days, go to the ER.|true",
                "Hi [NAME_1], please take him to A&E now.|false",
                "You need to be seen in A&E tonight, please go now.|false",
                "Please drive him straight to the emergency department, or call 911 if he gets worse on the way.|false",
                "This needs urgent emergency treatment: please go to your nearest A&E now.|false",
                "Go straight to Accident and Emergency.|false",
                "Use the NHS 111 online service or go to A and E now.|false",
                "Call 999 if it gets worse.|true",
                "Keep an eye on him, and take him to A&E if he gets worse.|true",
                "He does not need to be seen in A&E.|true",
            })
    void shouldJudgeEmergencyAdviceByWhatItTellsThePatientToDoNow(String draft, boolean flagged) {
        List<FindingType> types = CHECKER
                .check(new CheckDraftRequest(
                        "", draft, List.of(), List.of(new RedFlagRef("CHEST_PAIN", Severity.EMERGENCY))))
                .findings()
                .stream()
                .map(Finding::type)
                .toList();
        assertThat(types.contains(FindingType.EMERGENCY_NOT_ADDRESSED)).isEqualTo(flagged);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Heavy bleeding at 30 weeks needs hospital care. Call 999 now; do not drive yourself.|",
                "If he swallowed the tablets, call 999 and take the packet. Do not try to make him sick.|",
                "A drooping face and slurred speech are warning signs of a stroke. Call 999 immediately.|",
                "He is fitting: call 999 now. Do not put anything in his mouth or try to hold him still.|",
                "Call 999 now and stay with her. Do not let her stand up or walk about.|",
                "Please do not call an ambulance, just lie down and it will pass.|DISCOURAGES_CARE",
                "Do not let him go to A&E tonight; he can rest at home.|DISCOURAGES_CARE",
                "Pain under the right ribs after fatty food means gallstones. Call 999 if it is severe.|"
                        + "DEFINITIVE_DIAGNOSIS",
            })
    void shouldTellSafetyInstructionsInAnEmergencyReplyFromAdviceAgainstCare(String draft, String expected) {
        List<FindingType> types = CHECKER
                .check(new CheckDraftRequest(
                        "",
                        draft,
                        List.of(new Citation("all", 0, draft.length())),
                        List.of(new RedFlagRef("SEVERE_BLEEDING", Severity.EMERGENCY))))
                .findings()
                .stream()
                .map(Finding::type)
                .filter(t -> t != FindingType.READING_LEVEL)
                .toList();
        if (expected == null) {
            assertThat(types).isEmpty();
        } else {
            assertThat(types).contains(FindingType.valueOf(expected));
        }
    }

    @Test
    void shouldSplitASentenceIntoClausesAtContrastsAndSemicolonsButNotAtEveryComma() {
        String text = "Hi [NAME_1], this could be a cold, but it might be flu; rest.";
        List<String> clauses = Clauses.of(Sentences.of(text).get(0)).stream()
                .map(c -> text.substring(c.start(), c.end()))
                .toList();
        assertThat(clauses).containsExactly("Hi [NAME_1], this could be a cold", "but it might be flu", "rest.");
    }

    @Test
    void shouldExpandLexiconListsIntoPatterns() {
        DraftLexicon lexicon =
                new DraftLexicon("t", "", java.util.Map.of("MED", List.of("metformin", "insulin", "[a-z]+statin")));
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("stop\\s+(?:the\\s+)?" + lexicon.expand("{MED}"));
        assertThat(p.matcher("stop the atorvastatin").matches()).isTrue();
        assertThat(p.matcher("stop insulin").matches()).isTrue();
        assertThat(p.matcher("stop the car").matches()).isFalse();
    }

    @Test
    void shouldDeriveTheRiskLevelFromTheMostSevereFinding() {
        assertThat(check("Hello [NAME_1]. Rest and drink plenty of water.").riskLevel())
                .isEqualTo(RiskLevel.LOW);
        assertThat(check("This will definitely help you rest.").riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(check("Take 2 tablets now.").riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(check("Rest.").policyVersion()).isEqualTo(PolicyResourceTest.CURRENT);
    }
}
