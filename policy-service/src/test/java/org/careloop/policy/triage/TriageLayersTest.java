package org.careloop.policy.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriageLayersTest {

    private static final Triage ALL = Triage.fromClasspath();
    private static final Triage SEMANTIC = Triage.fromClasspath(EnumSet.of(TriageLayer.SEMANTIC));
    private static final Triage SPELLING = Triage.fromClasspath(EnumSet.of(TriageLayer.SPELLING));
    private static final Triage LANGUAGE = Triage.fromClasspath(EnumSet.of(TriageLayer.LANGUAGE));

    @Test
    void semanticLayerShouldRaiseAnEmergencyDescribedWithoutTheCataloguesWords() {
        String text = "my husband has gone a funny grey colour, he is sweating buckets and keeps rubbing his chest";
        TriageResult result = SEMANTIC.assess(text);

        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        RedFlag flag = result.redFlags().get(0);
        assertThat(flag.category()).isEqualTo("CHEST_PAIN");
        assertThat(flag.layer()).isEqualTo(TriageLayer.SEMANTIC);
        assertThat(flag.score()).isBetween(0.9, 1.0);
        assertThat(flag.start()).isGreaterThanOrEqualTo(0);
        assertThat(flag.end()).isLessThanOrEqualTo(text.length());
    }

    @Test
    void semanticLayerShouldLeaveNegatedAndPastSymptomsAlone() {
        assertThat(SEMANTIC.assess("No chest pain or shortness of breath, just a blocked nose and a sore throat.")
                        .highestSeverity())
                .isNotEqualTo(Severity.EMERGENCY);
        assertThat(SEMANTIC.assess(
                                "My grandfather died of a heart attack in 2010. Should I have my cholesterol checked?")
                        .highestSeverity())
                .isNotEqualTo(Severity.EMERGENCY);
        assertThat(SEMANTIC.assess("Could you send my repeat prescription to the pharmacy on the high street please?")
                        .redFlags())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "My knee has been swollen since I fell yesterday.",
                "My ankle is still swollen a week after I twisted it.",
                "My new blood pressure tablets make me dizzy.",
                "I have had a sore throat and a mild fever for three days. Should I come in?",
                "Can I get a refill of my inhaler prescription?",
            })
    void ordinaryComplaintsShouldNotBeTakenForEmergencies(String text) {
        assertThat(ALL.assess(text).highestSeverity()).isNotEqualTo(Severity.EMERGENCY);
    }

    @Test
    void anEmergencyBuriedInALongMessageShouldBeScoredOnItsOwnWords() {
        String text = "Hi, hope you are all well. I wanted to ask about moving my blood test from Tuesday to Thursday "
                + "because of work, and whether the pharmacy got my repeat prescription for the inhalers. Also my "
                + "daughter's school needs a form signed for her asthma plan. Oh and since about twenty minutes ago "
                + "the right side of my face feels droopy and my words are coming out wrong, which is odd. Anyway, "
                + "thanks for your help with the forms, and let me know about Thursday.";
        TriageResult result = ALL.assess(text);

        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(result.redFlags()).anySatisfy(flag -> {
            assertThat(flag.category()).isEqualTo("STROKE");
            assertThat(text.substring(flag.start(), flag.end())).contains("face");
        });
    }

    @Test
    void spellingLayerShouldFindMisspeltCataloguePhrasesAtTheirOriginalOffsets() {
        String text = "I have sever chest pian since this morning";
        TriageResult result = SPELLING.assess(text);

        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        RedFlag flag = result.redFlags().get(0);
        assertThat(flag.layer()).isEqualTo(TriageLayer.SPELLING);
        assertThat(text.substring(flag.start(), flag.end())).isEqualTo("chest pian");
    }

    @Test
    void shouldLeaveALongWordWithARegularEndingAloneHoweverCloseToASymptom() {
        SpellingCorrector spelling = new SpellingCorrector(List.of("choking", "vomiting"));
        assertThat(spelling.correction("chopping"))
                .as("chop + ing, two edits from choking")
                .isNull();
        assertThat(spelling.correction("vommitting"))
                .as("a misspelling, not a word")
                .isEqualTo("vomiting");
    }

    @Test
    void shouldCorrectAMisspellingThatSoundsLikeTheWordButLeaveDictionaryWordsAlone() {
        SpellingCorrector spelling =
                new SpellingCorrector(List.of("throat closing", "stomach pain", "heroin", "pulse"));
        assertThat(spelling.correction("throte"))
                .as("two edits, and sounds the same")
                .isEqualTo("throat");
        assertThat(spelling.correction("stomak")).isEqualTo("stomach");
        assertThat(spelling.correction("hernia"))
                .as("an English word, however it sounds")
                .isNull();
        assertThat(spelling.correction("palsy")).isNull();
    }

    @Test
    void aMisspellingWrittenIntoOneExemplarShouldStillBeCorrected() {
        SpellingCorrector spelling = new SpellingCorrector(
                List.of("chest pain"),
                List.of("sudden chest pian and sweating", "on gliclazide and shaky", "took her gliclazide twice"));
        assertThat(spelling.correction("pian")).isEqualTo("pain");
        assertThat(spelling.correction("gliclazide"))
                .as("a word two exemplars use is a word")
                .isNull();
    }

    @Test
    void spellingCorrectorShouldLeaveKnownWordsAlone() {
        SpellingCorrector.Corrected corrected =
                new SpellingCorrector(List.of("chest pain", "seizure")).correct("plain toast and a siezure");

        assertThat(corrected.text()).isEqualTo("plain toast and a seizure");
        assertThat(corrected.corrections()).isEqualTo(1);
        assertThat(corrected.originalStart(18)).isEqualTo(18);
        assertThat(corrected.originalEnd(corrected.text().length())).isEqualTo(25);
    }

    @Test
    void aMessageInALanguageCareloopCannotScreenShouldNeverBeRoutine() {
        String text = "Tengo un dolor muy fuerte en el pecho y no puedo respirar bien desde hace una hora";
        TriageResult result = LANGUAGE.assess(text);

        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(result.redFlags()).singleElement().satisfies(flag -> {
            assertThat(flag.category()).isEqualTo(LanguageScreen.CATEGORY);
            assertThat(flag.ruleId()).isEqualTo("language-es");
            assertThat(flag.layer()).isEqualTo(TriageLayer.LANGUAGE);
        });
    }

    @Test
    void aSentenceInAnotherLanguageInsideAnEnglishMessageShouldBeFlaggedOnItsOwn() {
        String text =
                "Hello, I am writing for my mother. Ona mówi, że bardzo boli ją głowa i nic nie widzi na jedno oko. "
                        + "Please tell me what to do.";
        TriageResult result = LANGUAGE.assess(text);

        assertThat(result.redFlags())
                .singleElement()
                .satisfies(flag ->
                        assertThat(text.substring(flag.start(), flag.end())).startsWith("Ona mówi"));
    }

    @Test
    void aLanguageWrittenInLatinLettersThatNoDetectorKnowsShouldNotPassAsEnglish() {
        String text = "Mera beta 14 mahine ka hai, do din se dast aur ulti ho rahi hai, diaper bilkul sukha hai "
                + "aur bahut sust pada hai.";
        TriageResult result = LANGUAGE.assess(text);

        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(result.redFlags())
                .singleElement()
                .satisfies(flag -> assertThat(flag.ruleId()).isEqualTo("language-unknown"));
    }

    @Test
    void arabiziAndEnglishBasedCreolesShouldNotPassAsEnglishForTheirEnglishWords() {
        assertThat(LANGUAGE.assess("salam doctor, binti 3omra 3 shuhur w 3andaha 7arara, baby not eating, please")
                        .redFlags())
                .singleElement()
                .satisfies(flag -> assertThat(flag.ruleId()).isEqualTo("language-ar-latn"));
        assertThat(LANGUAGE.assess("Doctor abeg my pikin belle dey pain am since night, e no fit sleep")
                        .redFlags())
                .singleElement()
                .satisfies(flag -> assertThat(flag.ruleId()).isEqualTo("language-creole"));
        assertThat(LANGUAGE.assess("Took 2 tablets at 8am and 3 at 5pm on the 3rd day, 2x a day for 7days.")
                        .redFlags())
                .isEmpty();
    }

    @Test
    void englishAsPatientsTypeItShouldStillBeScreenedAsEnglish() {
        assertThat(LANGUAGE.assess("my asthma is realy bad cant finsh sentances inhalor not workin pls help")
                        .redFlags())
                .isEmpty();
        assertThat(LANGUAGE.assess("Hx DKA x2, need new ketone strips and Libre sensors pls, Novorapid too.")
                        .redFlags())
                .isEmpty();
    }

    @Test
    void englishWithAForeignGreetingOrShortNotesShouldNotBeFlaggedForLanguage() {
        assertThat(LANGUAGE.assess("Hola doctor, I need a refill of my inhaler please.")
                        .redFlags())
                .isEmpty();
        assertThat(LANGUAGE.assess("Bee sting on hand. Local swelling, itchy. Breathing fine.")
                        .redFlags())
                .isEmpty();
        assertThat(LANGUAGE.assess("ok thx").redFlags()).isEmpty();
    }

    @Test
    void theHighestSeverityOfAnyLayerShouldWinAndEachFlagShouldSayWhichLayerRaisedIt() {
        TriageResult result = ALL.assess("I have crushing chest pain and I'm sweating.");

        assertThat(result.highestSeverity()).isEqualTo(Severity.EMERGENCY);
        assertThat(result.redFlags()).anySatisfy(flag -> {
            assertThat(flag.layer()).isEqualTo(TriageLayer.RULES);
            assertThat(flag.score()).isEqualTo(1.0);
        });
        assertThat(result.redFlags())
                .allSatisfy(flag -> assertThat(flag.layer()).isNotNull());
    }

    @Test
    void segmentsShouldStayWithinTheWordLimitAndInsideTheText() {
        String text = "word ".repeat(200) + "and then, suddenly, crushing pain; but anyway thanks";
        List<MessageSegments.Segment> segments = MessageSegments.of(text, 30);

        assertThat(segments).isNotEmpty().allSatisfy(segment -> {
            assertThat(segment.start()).isBetween(0, text.length());
            assertThat(segment.end()).isBetween(segment.start() + 1, text.length());
            assertThat(segment.in(text).split("\\s+").length).isLessThanOrEqualTo(30);
        });
        assertThat(segments).anySatisfy(segment -> assertThat(segment.in(text)).contains("crushing pain"));
    }
}
