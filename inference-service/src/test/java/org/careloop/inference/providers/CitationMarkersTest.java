package org.careloop.inference.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careloop.inference.knowledge.Citation;
import org.junit.jupiter.api.Test;

class CitationMarkersTest {

    private static final Map<String, String> RETRIEVED =
            Map.of("fever-in-adults", "Fever in adults", "headache", "Headaches");

    @Test
    void shouldCiteTheSentenceBeforeEachMarker() {
        String raw =
                "Hello [NAME_1],\n\nRest and drink fluids. [cite:fever-in-adults] A dark room can help a headache.[cite:headache]\n\nContact your care team.";
        CitationMarkers.Parsed parsed = CitationMarkers.parse(raw, RETRIEVED);
        assertThat(parsed.text())
                .isEqualTo(
                        "Hello [NAME_1],\n\nRest and drink fluids. A dark room can help a headache.\n\nContact your care team.");
        assertThat(parsed.citations()).hasSize(2);
        assertThat(span(parsed, parsed.citations().get(0))).isEqualTo("Rest and drink fluids.");
        assertThat(span(parsed, parsed.citations().get(1))).isEqualTo("A dark room can help a headache.");
        assertThat(parsed.citations().get(1).title()).isEqualTo("Headaches");
        assertThat(parsed.passageIds()).containsExactly("fever-in-adults", "headache");
        assertThat(parsed.dropped()).isEmpty();
    }

    @Test
    void shouldDropAndReportCitationsOfPassagesThatWereNotRetrieved() {
        CitationMarkers.Parsed parsed = CitationMarkers.parse(
                "Take it easy. [cite:made-up-passage] Rest and drink fluids. [cite:fever-in-adults]", RETRIEVED);
        assertThat(parsed.text()).isEqualTo("Take it easy. Rest and drink fluids.");
        assertThat(parsed.citations()).extracting(Citation::passageId).containsExactly("fever-in-adults");
        assertThat(parsed.dropped()).containsExactly("made-up-passage");
    }

    @Test
    void shouldLetOneSentenceCiteTwoPassages() {
        CitationMarkers.Parsed parsed =
                CitationMarkers.parse("Rest helps both. [cite:fever-in-adults][cite:headache]", RETRIEVED);
        assertThat(parsed.citations())
                .extracting(c -> span(parsed, c))
                .containsExactly("Rest helps both.", "Rest helps both.");
    }

    @Test
    void shouldKeepPlaceholdersWhichAreNotMarkers() {
        CitationMarkers.Parsed parsed = CitationMarkers.parse("Hello [NAME_1], see you on [DATE_1].", RETRIEVED);
        assertThat(parsed.text()).isEqualTo("Hello [NAME_1], see you on [DATE_1].");
        assertThat(parsed.citations()).isEmpty();
    }

    private static String span(CitationMarkers.Parsed parsed, Citation c) {
        return parsed.text().substring(c.start(), c.end());
    }
}
