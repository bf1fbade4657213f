package org.careloop.inference.providers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.inference.knowledge.Citation;

/**
 * Turns a model's text with {@code [cite:passage-id]} markers into clean text and citations. Each marker
 * cites the sentence it follows. A marker naming a passage that was not retrieved is removed and reported.
 */
public final class CitationMarkers {

    /** Clean text, kept citations, cited passage ids in order, and ids that were dropped. */
    public record Parsed(String text, List<Citation> citations, List<String> passageIds, List<String> dropped) {}

    private static final Pattern MARKER =
            Pattern.compile("\\s*\\[(?:cite|source|passage)\\s*[:=]\\s*([^\\]\\s]+)\\s*]", Pattern.CASE_INSENSITIVE);

    private CitationMarkers() {}

    /** @param titles title of every retrieved passage by id; a cited id outside it is dropped */
    public static Parsed parse(String raw, Map<String, String> titles) {
        StringBuilder out = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        Set<String> dropped = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(raw);
        int last = 0;
        int sentenceStart = -1;
        Map<String, Boolean> citedHere = new LinkedHashMap<>();
        while (m.find()) {
            out.append(raw, last, m.start());
            last = m.end();
            String id = m.group(1).replaceAll("[.,;]+$", "");
            int end = trimmedEnd(out);
            int start = sentenceStart(out, end);
            if (start != sentenceStart) {
                citedHere.clear();
                sentenceStart = start;
            }
            if (!titles.containsKey(id)) {
                dropped.add(id);
                continue;
            }
            if (citedHere.putIfAbsent(id, true) == null && start < end) {
                citations.add(new Citation(id, titles.get(id), start, end));
                used.add(id);
            }
        }
        out.append(raw.substring(last));
        String text = out.toString().strip();
        int lead = leadingSpace(out);
        List<Citation> shifted = citations.stream()
                .map(c -> new Citation(
                        c.passageId(), c.title(), c.start() - lead, Math.min(c.end() - lead, text.length())))
                .toList();
        return new Parsed(text, shifted, List.copyOf(used), List.copyOf(dropped));
    }

    private static int trimmedEnd(CharSequence s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Start of the sentence that ends at {@code end}: after the previous ., ! or ? or line break. */
    private static int sentenceStart(CharSequence s, int end) {
        int i = end - 1;
        // skip the sentence's own closing punctuation
        while (i >= 0 && ".!?".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        while (i >= 0) {
            char c = s.charAt(i);
            if (c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && i + 1 < s.length()
                            && Character.isWhitespace(s.charAt(i + 1)))) {
                break;
            }
            i--;
        }
        int start = i + 1;
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        return start;
    }

    private static int leadingSpace(CharSequence s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
