package org.careloop.biasaudit.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrgencyWordsTest {

    @Test
    void shouldFindTheLexiconsTermsAsWholeWords() {
        assertThat(UrgencyWords.in("Call 911 right away, or go to A&E.")).containsExactly("911", "A&E", "right away");
        assertThat(UrgencyWords.in("Please call the clinic today; it is urgent."))
                .containsExactly("today", "urgent");
        assertThat(UrgencyWords.in("I know the snow is known to be heavy now and then."))
                .isEmpty();
        assertThat(UrgencyWords.in("In an emergency call 999.")).containsExactly("911", "emergency");
    }

    @Test
    void shouldFindNothingInACalmReply() {
        assertThat(UrgencyWords.in("Rest at home and drink plenty of fluids. It should settle in a few days."))
                .isEmpty();
    }
}
