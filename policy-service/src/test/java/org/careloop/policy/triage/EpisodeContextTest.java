package org.careloop.policy.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Red flags about an episode that emergency care has already seen, that nearly happened, that came on gradually
 * or that concerns an older baby are raised URGENT: a clinician still sees them first, and the patient is not sent
 * to the emergency department for them. Anything that says the episode is not over keeps it an emergency.
 */
class EpisodeContextTest {

    private static final Triage TRIAGE = Triage.fromClasspath(java.util.EnumSet.of(TriageLayer.RULES));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "got discharged yesterday after being in with DKA, can i get an insulin review|DIABETIC_EMERGENCY",
                "Last weekend I was in A&E with anaphylaxis from peanuts. Can you prescribe a second pen?|ANAPHYLAXIS",
                "I nearly passed out when I saw the needle.|UNCONSCIOUS_SEIZURE",
                "Dull chest pain on and off for a few weeks when I climb stairs.|CHEST_PAIN",
                "Baby (7 months) has a temp of 38.5 after her jabs.|INFANT_FEVER_LETHARGY",
                "My daughter fainted in assembly, came round straight away and was fine after a biscuit.|UNCONSCIOUS_SEIZURE",
                "I passed out at the concert, felt fine within ten minutes.|UNCONSCIOUS_SEIZURE",
                "Choked on a bit of steak, husband did back slaps and it came straight out. I'm fine now.|BREATHING_DIFFICULTY",
                "Had awful chest pain on Tuesday night, went to A&E and the ECG was normal, feeling ok now.|CHEST_PAIN",
            })
    void shouldRaiseUrgentNotEmergency(String text, String category) {
        TriageResult result = TRIAGE.assess(text);
        assertThat(result.highestSeverity()).isEqualTo(Severity.URGENT);
        assertThat(result.redFlags()).extracting(RedFlag::category).contains(category);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I was discharged on Monday after chest pain and now it's back and worse.",
                "He was in hospital with sepsis last week but he's confused and shivering again tonight.",
                "I passed out in the kitchen.",
                "Crushing chest pain since this morning.",
                "My 6 week old baby has a fever of 38.5.",
                "My 2 year old and my 5-week-old both have a temperature of 38.",
                "Sudden crushing chest pain, it's been building for a few weeks but got suddenly worse.",
                "I took like 25 paracetamols 3 hours ago, I feel fine now.",
                "My 2 year old swallowed some of her grandma's heart tablets, maybe 5 of them. She seems ok.",
                "He swallowed one of those flat round button batteries ten minutes ago.",
                "She chewed open the blister pack of my amlodipine.",
                "my bum and the inside of my thighs have gone numb and my back is agony",
                "I've wet myself twice today without realising and my back is bad.",
                "If he has a seizure, what do I do? He's having a fit right now.",
                "She had a fit and hasn't woken up properly, it's been 10 minutes.",
                "My dad collapsed and we can't wake him.",
                "She fainted, came round straight away but she still can't feel her left arm.",
                "He passed out, came round within seconds and is now very confused.",
                "He passed out and came round after a few seconds, it has happened again just now.",
                "We went to A&E last night with his chest pain and now it's back and worse.",
                "My brother is hearing voices again and this morning he walked out into the traffic on the high street.",
                "Mum hasn't slept in four days and is convinced the neighbours are poisoning her; tonight she had a knife.",
            })
    void shouldStillRaiseAnEmergency(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isEqualTo(Severity.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Would a fever in a newborn be an emergency?",
                "I'm 20 weeks pregnant, no bleeding, no pain, baby kicking away.",
                "My husband has epilepsy. If he has a seizure that lasts five minutes, do I call an ambulance?",
                "What's the most paracetamol I can take so I don't accidentally overdose?",
                "My job is giving me a stroke, the manager is crazy.",
                "Gave me a heart attack seeing 'abnormal' on my results.",
                "cant breathe for laughing at the new sign in the waiting room",
                "I totally blacked out on what the nurse told me about my dose.",
                "how do u know if a head injury is serious in an adult?",
                "My book club read a novel where the main character has cauda equina syndrome.",
                "Please cancel my appointment for the heavy bleeding, it was only my period.",
                "I overdosed when I was 19 and have been well for ten years now.",
                "Please can the school nurse have a copy of my son's anaphylaxis action plan?",
                "I need a form signed about my daughter's seizure care plan for the swimming club.",
                "This queue is giving me chest pains, any news on my referral?",
            })
    void shouldNotRaiseAnything(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }

    /** The semantic layer's flags are capped the same way, never dropped: a clinician still sees them first. */
    @Test
    void aSemanticFlagForAGradualOnsetShouldBeUrgentAndASuddenOneAnEmergency() {
        Triage semantic = Triage.fromClasspath(java.util.EnumSet.of(TriageLayer.SEMANTIC));
        assertThat(semantic.assess("Dull ache in my left testicle that's come on gradually over a couple of weeks, and "
                                + "it burns when I pee.")
                        .highestSeverity())
                .isEqualTo(Severity.URGENT);
        assertThat(semantic.assess("Sudden agony in my left testicle an hour ago and I've been sick.")
                        .highestSeverity())
                .isEqualTo(Severity.EMERGENCY);
    }

    /**
     * The mild version of a category that has one: a semantic flag is URGENT when the message says things are normal
     * now; that reassurance does not count when it is negated, questioned, undone later in its sentence or only
     * someone's say-so.
     */
    @Test
    void aSemanticFlagWithReassuranceShouldBeUrgentUnlessTheReassuranceIsUndone() {
        Triage semantic = Triage.fromClasspath(java.util.EnumSet.of(TriageLayer.SEMANTIC));
        String sting = "A wasp stung my son on the hand and the whole hand has swollen up red.";
        assertThat(semantic.assess(sting).highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(semantic.assess(sting + " He's otherwise fine and breathing normally.")
                        .highestSeverity())
                .isEqualTo(Severity.URGENT);
        assertThat(semantic.assess(sting + " He isn't breathing normally.").highestSeverity())
                .isEqualTo(Severity.EMERGENCY);
        assertThat(semantic.assess(sting + " He's fine but his lips are going puffy too.")
                        .highestSeverity())
                .isEqualTo(Severity.EMERGENCY);
        assertThat(semantic.assess(sting + " Is he ok to go to bed?").highestSeverity())
                .isEqualTo(Severity.EMERGENCY);
        assertThat(semantic.assess(sting + " His dad says he's fine.").highestSeverity())
                .isEqualTo(Severity.EMERGENCY);
    }

    @Test
    void aStatedAgeIsReadOnlyWhereItSaysAgeNotDuration() {
        assertThat(StatedAge.youngestMonths("Baby (7 months) has a temp").getAsDouble())
                .isEqualTo(7);
        assertThat(StatedAge.youngestMonths("my 10-week-old is hot").getAsDouble())
                .isBetween(2.2, 2.4);
        assertThat(StatedAge.youngestMonths("she is 2 years old").getAsDouble()).isEqualTo(24);
        assertThat(StatedAge.youngestMonths("a fever for 2 days")).isEmpty();
        assertThat(StatedAge.youngestMonths("we've lived here for 5 years")).isEmpty();
    }

    /** Someone else's past episode stays past unless what follows says it goes on now. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "My wife had a stroke in 2018 and she hasn't stopped smoking.",
                "He had a seizure last year and hasn't had one since.",
            })
    void shouldNotMakeAnotherPersonsPastPresentForWhatIsNotTheEpisode(String text) {
        assertThat(TRIAGE.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }
}
