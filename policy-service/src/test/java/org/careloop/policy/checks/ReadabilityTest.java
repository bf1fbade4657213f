package org.careloop.policy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @ParameterizedTest
    @CsvSource({"cat,1", "water,2", "medicine,3", "hypertension,4", "the,1", "table,2"})
    void shouldCountSyllablesCloseToADictionary(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void shouldGiveTheTextbookGradeForAKnownSentence() {
        // 0.39 * 6 + 11.8 * (6 / 6) - 15.59 = -1.45, floored at 0.
        assertThat(Readability.grade("The cat sat on the mat.")).isEqualTo(0.0);
        // 3 words, 7 syllables: 0.39 * 3 + 11.8 * 7 / 3 - 15.59 = 13.11
        assertThat(Readability.grade("Regular exercise helps.")).isEqualTo(13.1);
    }

    @Test
    void shouldCountAPlaceholderAsOneShortWord() {
        assertThat(Readability.grade("Hello [NAME_1], rest today."))
                .isEqualTo(Readability.grade("Hello Sam, rest today."));
    }
}
