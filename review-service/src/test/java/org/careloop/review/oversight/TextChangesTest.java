package org.careloop.review.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextChangesTest {

    private static final String DRAFT = "Take 400 mg of ibuprofen every six hours. Call us if it gets worse.";

    private static int[] span(String text, String part) {
        int start = text.indexOf(part);
        return new int[] {start, start + part.length()};
    }

    @Test
    void anUnchangedTextChangesNothing() {
        TextChanges same = TextChanges.between(DRAFT, DRAFT);
        int[] dose = span(DRAFT, "400 mg");
        assertThat(same.wordsChanged()).isZero();
        assertThat(same.charsChanged()).isZero();
        assertThat(same.draftWords()).isEqualTo(14);
        assertThat(same.changedWithin(dose[0], dose[1])).isFalse();
    }

    @Test
    void aReplacedWordIsAChangeAtItsSpanOnlyAndCountsItsCharacters() {
        TextChanges changes = TextChanges.between(DRAFT, DRAFT.replace("400", "200"));
        int[] dose = span(DRAFT, "400 mg");
        int[] call = span(DRAFT, "Call us");
        assertThat(changes.wordsChanged()).isEqualTo(1);
        assertThat(changes.charsChanged()).as("400 → 200: one character").isEqualTo(1);
        assertThat(changes.changedWithin(dose[0], dose[1])).isTrue();
        assertThat(changes.changedWithin(call[0], call[1])).isFalse();
    }

    @Test
    void aDeletedSentenceIsAChangeAndCountsItsLength() {
        TextChanges changes = TextChanges.between(DRAFT, "Call us if it gets worse.");
        int[] dose = span(DRAFT, "400 mg of ibuprofen");
        assertThat(changes.wordsChanged()).isEqualTo(8);
        assertThat(changes.charsChanged()).isEqualTo("Take400mgofibuprofeneverysixhours.".length());
        assertThat(changes.changedWithin(dose[0], dose[1])).isTrue();
    }

    @Test
    void wordsInsertedInsideASpanChangeItButASentenceAddedAfterItDoesNot() {
        int[] advice = span(DRAFT, "Take 400 mg");
        TextChanges inside = TextChanges.between(DRAFT, DRAFT.replace("Take 400", "Take no more than 400"));
        assertThat(inside.changedWithin(advice[0], advice[1])).isTrue();
        assertThat(inside.wordsChanged()).isEqualTo(3);

        TextChanges after = TextChanges.between(DRAFT, DRAFT + " We will call you tomorrow.");
        assertThat(after.changedWithin(advice[0], advice[1])).isFalse();
        assertThat(after.wordsChanged()).isEqualTo(5);
        assertThat(after.charsChanged()).isEqualTo("Wewillcallyoutomorrow.".length());
    }

    @Test
    void aWhollyRewrittenTextChangesEveryWord() {
        TextChanges changes = TextChanges.between(DRAFT, "Please book an appointment.");
        assertThat(changes.wordsChanged()).as("4 replaced, 10 removed").isEqualTo(14);
        assertThat(changes.changedWithin(0, DRAFT.length())).isTrue();
    }

    @Test
    void textsTooLongToAlignCountTheirChangedMiddleAsRewritten() {
        String filler = "word ".repeat(2100);
        String rewritten = "term ".repeat(2100);
        String draft = "Start. " + filler + "Take 400 mg. " + filler + "End.";
        String approved = "Start. " + rewritten + "Take 400 mg. " + rewritten + "End.";
        TextChanges changes = TextChanges.between(draft, approved);
        int[] dose = span(draft, "Take 400 mg.");
        assertThat(changes.changedWithin(0, "Start.".length()))
                .as("the common beginning is aligned")
                .isFalse();
        assertThat(changes.changedWithin(draft.length() - 4, draft.length()))
                .as("and the common end")
                .isFalse();
        assertThat(changes.changedWithin(dose[0], dose[1]))
                .as("inside the middle, too long to align")
                .isTrue();
        assertThat(changes.wordsChanged()).isEqualTo(4203);
    }
}
