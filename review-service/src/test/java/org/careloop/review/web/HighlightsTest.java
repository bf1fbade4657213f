package org.careloop.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careloop.review.web.Highlights.Segment;
import org.careloop.review.web.Highlights.Span;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void shouldCutTheTextAtTheEdgesOfOverlappingSpans() {
        List<Segment> segments = Highlights.segments(
                "0123456789", List.of(new Span("finding", 1, 2, 6, "sev-high"), new Span("cited", 1, 4, 8, "")));
        assertThat(segments).extracting(Segment::text).containsExactly("01", "23", "45", "67", "89");
        assertThat(segments.get(2).classes()).isEqualTo("finding sev-high cited");
        assertThat(segments.get(1).anchor()).isEqualTo("finding-span-1");
        assertThat(segments.get(2).anchor()).isNull();
        assertThat(segments.get(2).endsHere()).extracting(Span::kind).containsExactly("finding");
        assertThat(String.join("", segments.stream().map(Segment::text).toList()))
                .isEqualTo("0123456789");
    }

    @Test
    void shouldClipSpansOutsideTheText() {
        List<Segment> segments = Highlights.segments(
                "abc", List.of(new Span("finding", 1, 2, 99, ""), new Span("finding", 2, 50, 60, "")));
        assertThat(segments).extracting(Segment::text).containsExactly("ab", "c");
        assertThat(segments.get(1).marked()).isTrue();
    }
}
