package org.careloop.review.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.careloop.review.policy.PolicyDtos.Entity;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final String MESSAGE = "Hi, this is John Smith, DOB 03/04/1961. John Smith again.";

    @Test
    void shouldReadEachPlaceholdersValueFromTheOriginalText() {
        Map<String, String> values = Placeholders.valuesFrom(
                MESSAGE,
                List.of(
                        new Entity("NAME", "[NAME_1]", 12, 22),
                        new Entity("DATE", "[DATE_1]", 28, 38),
                        new Entity("NAME", "[NAME_1]", 40, 50)));

        assertThat(values).containsExactly(Map.entry("[NAME_1]", "John Smith"), Map.entry("[DATE_1]", "03/04/1961"));
    }

    @Test
    void shouldIgnoreEntitiesWithOffsetsOutsideTheText() {
        assertThat(Placeholders.valuesFrom("short", List.of(new Entity("NAME", "[NAME_1]", 2, 99))))
                .isEmpty();
    }

    @Test
    void shouldFillEveryKnownPlaceholderAndLeaveUnknownOnes() {
        Placeholders.Filled filled = Placeholders.fillIn(
                "Hello [NAME_1], about [DATE_1] and [PHONE_1]: [NAME_1].",
                Map.of("[NAME_1]", "John Smith", "[DATE_1]", "03/04/1961"));

        assertThat(filled.text()).isEqualTo("Hello John Smith, about 03/04/1961 and [PHONE_1]: John Smith.");
    }

    @Test
    void shouldMoveOffsetsIntoTheFilledText() {
        String draft = "Hello [NAME_1], rest and drink water.";
        Placeholders.Filled filled = Placeholders.fillIn(draft, Map.of("[NAME_1]", "John Smith"));

        int start = draft.indexOf("rest");
        int end = draft.length();
        assertThat(filled.text().substring(filled.map(start, false), filled.map(end, true)))
                .isEqualTo("rest and drink water.");
        assertThat(filled.map(0, false)).isZero();
        // A span that starts inside a placeholder covers the whole value.
        assertThat(filled.text().substring(filled.map(8, false), filled.map(13, true)))
                .isEqualTo("John Smith");
    }

    @Test
    void shouldLeaveATextWithoutPlaceholdersAsItIs() {
        Placeholders.Filled filled = Placeholders.fillIn("No names here.", Map.of("[NAME_1]", "John"));
        assertThat(filled.text()).isEqualTo("No names here.");
        assertThat(filled.map(3, false)).isEqualTo(3);
    }
}
