package org.careloop.review.web;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a text into segments at the edges of marked spans (policy findings, citations, red flags), so that the
 * template can wrap each piece in a mark and every character stays escaped text. Spans outside the text are
 * clipped; overlapping spans are fine.
 */
public final class Highlights {

    private Highlights() {}

    /** A marked span: its kind ("finding", "citation", "redflag"), its number in its list (1-based), a css class. */
    @TemplateData
    public record Span(String kind, int number, int start, int end, String cssClass) {}

    /** endsHere: the spans that end with this segment, for the reference links after it. */
    @TemplateData
    public record Segment(String text, List<Span> marks, List<Span> endsHere, String anchor) {

        public boolean marked() {
            return !marks.isEmpty();
        }

        /** The css classes of the mark around this segment. */
        public String classes() {
            StringBuilder classes = new StringBuilder();
            for (Span s : marks) {
                classes.append(classes.isEmpty() ? "" : " ").append(s.kind());
                if (s.cssClass() != null && !s.cssClass().isBlank()) {
                    classes.append(' ').append(s.cssClass());
                }
            }
            return classes.toString();
        }

        /** Plain-language description of the mark for screen readers, e.g. "policy finding 1". */
        public String title() {
            StringBuilder title = new StringBuilder();
            for (Span s : marks) {
                title.append(title.isEmpty() ? "" : ", ")
                        .append(
                                switch (s.kind()) {
                                    case "finding" -> "policy finding " + s.number();
                                    case "cited" -> "supported by source " + s.number();
                                    default -> "red flag " + s.number();
                                });
            }
            return title.toString();
        }

        /** The id of the first finding mark, so the findings list can link to the place in the draft. */
        String firstFindingAnchor() {
            return marks.stream()
                    .filter(s -> s.kind().equals("finding"))
                    .findFirst()
                    .map(s -> "finding-span-" + s.number())
                    .orElse(null);
        }
    }

    public static List<Segment> segments(String text, List<Span> spans) {
        if (text == null) {
            return List.of();
        }
        List<Span> clipped = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(0, Math.min(s.start(), text.length()));
            int end = Math.max(start, Math.min(s.end(), text.length()));
            if (end > start) {
                clipped.add(new Span(s.kind(), s.number(), start, end, s.cssClass()));
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        clipped.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        List<Segment> segments = new ArrayList<>();
        java.util.Set<String> anchored = new java.util.HashSet<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                int b = cut;
                List<Span> marks = clipped.stream()
                        .filter(s -> s.start() <= a && s.end() >= b)
                        .toList();
                List<Span> ends = clipped.stream().filter(s -> s.end() == b).toList();
                Segment segment = new Segment(text.substring(a, b), marks, ends, null);
                String anchor = segment.firstFindingAnchor();
                // Only the first piece of a finding carries its id: ids are unique on the page.
                segments.add(
                        anchor != null && anchored.add(anchor)
                                ? new Segment(segment.text(), marks, ends, anchor)
                                : segment);
            }
            from = cut;
        }
        return segments;
    }
}
