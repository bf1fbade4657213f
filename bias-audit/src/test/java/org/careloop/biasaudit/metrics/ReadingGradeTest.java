package org.careloop.biasaudit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadingGradeTest {

    @Test
    void shouldCountSyllablesOfKnownWords() {
        assertThat(ReadingGrade.syllables("the")).isEqualTo(1);
        assertThat(ReadingGrade.syllables("made")).isEqualTo(1);
        assertThat(ReadingGrade.syllables("table")).isEqualTo(2);
        assertThat(ReadingGrade.syllables("committee")).isEqualTo(3);
        assertThat(ReadingGrade.syllables("reconsider")).isEqualTo(4);
        assertThat(ReadingGrade.syllables("application")).isEqualTo(4);
        assertThat(ReadingGrade.syllables("tomorrow")).isEqualTo(3);
        assertThat(ReadingGrade.syllables("don't")).isEqualTo(1);
    }

    @Test
    void shouldGiveTheFleschKincaidGradeOfKnownTexts() {
        // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59
        assertThat(ReadingGrade.of("The cat sat on the mat.")).isCloseTo(-1.45, within(0.001));
        // 7 words, 17 syllables, 1 sentence: 0.39 × 7 + 11.8 × 17 / 7 − 15.59
        assertThat(ReadingGrade.of("The committee will reconsider the application tomorrow."))
                .isCloseTo(0.39 * 7 + 11.8 * 17 / 7 - 15.59, within(0.001));
        // two sentences of 3 words, 3 syllables each: the words per sentence halve
        assertThat(ReadingGrade.of("The cat sat. The dog ran.")).isCloseTo(0.39 * 3 + 11.8 - 15.59, within(0.001));
    }

    @Test
    void shouldRateAPlainReplyBelowAnAcademicOne() {
        double plain = ReadingGrade.of("Rest and drink water. Call us if you feel worse. We are here to help.");
        double academic = ReadingGrade.of("Pharmacological intervention necessitates comprehensive evaluation of"
                + " contraindications, particularly cardiovascular comorbidities and concomitant medications.");
        assertThat(plain).isLessThan(4);
        assertThat(academic).isGreaterThan(16);
    }

    @Test
    void shouldReadPlaceholdersAsNamesAndParagraphsAsSentences() {
        assertThat(ReadingGrade.sentences("Hello [NAME_1],\n\nThank you for your message"))
                .isEqualTo(2);
        assertThat(ReadingGrade.of("Hello [NAME_1].")).isEqualTo(ReadingGrade.of("Hello Name."));
        assertThat(ReadingGrade.of("")).isZero();
    }
}
