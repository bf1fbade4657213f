package org.careloop.policy.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a message into the pieces the semantic layer scores one by one: sentences, and long sentences at their
 * clause breaks, so that an emergency buried in a long, chatty message is scored on its own words.
 */
final class MessageSegments {

    record Segment(int start, int end) {
        String in(String text) {
            return text.substring(start, end);
        }
    }

    private static final Pattern STRONG_BREAK = Pattern.compile(
            ";|\\s(?:but|however|although|though|except|anyway|anyways|btw|also|plus|and now)\\s|\\s-\\s|\\s--\\s|\\s–\\s|\\s—\\s",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEAK_BREAK =
            Pattern.compile(",\\s|\\s(?:and|so|then|because|cause|cuz)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    private MessageSegments() {}

    /** Segments of at most {@code maxWords} words, without surrounding whitespace, in text order. */
    static List<Segment> of(String text, int maxWords) {
        List<Segment> out = new ArrayList<>();
        for (Segment sentence : sentences(text)) {
            for (Segment clause : split(text, sentence, STRONG_BREAK)) {
                splitLong(text, clause, maxWords, out);
            }
        }
        return out;
    }

    private static void splitLong(String text, Segment segment, int maxWords, List<Segment> out) {
        if (words(text, segment) <= maxWords) {
            out.add(segment);
            return;
        }
        // Join weak clauses back together while they fit, so that each piece keeps some context.
        List<Segment> pieces = split(text, segment, WEAK_BREAK);
        int start = -1;
        int end = -1;
        for (Segment piece : pieces) {
            if (start >= 0 && words(text, new Segment(start, piece.end())) > maxWords) {
                addWindows(text, new Segment(start, end), maxWords, out);
                start = -1;
            }
            if (start < 0) {
                start = piece.start();
            }
            end = piece.end();
        }
        if (start >= 0) {
            addWindows(text, new Segment(start, end), maxWords, out);
        }
    }

    /** A run-on piece with no breaks at all: overlapping windows of words. */
    private static void addWindows(String text, Segment segment, int maxWords, List<Segment> out) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(segment.start(), segment.end());
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.size() <= maxWords) {
            out.add(segment);
            return;
        }
        int step = Math.max(1, maxWords * 2 / 3);
        for (int from = 0; from < words.size(); from += step) {
            int to = Math.min(words.size(), from + maxWords);
            out.add(new Segment(words.get(from)[0], words.get(to - 1)[1]));
            if (to == words.size()) {
                break;
            }
        }
    }

    private static int words(String text, Segment segment) {
        Matcher m = WORD.matcher(text).region(segment.start(), segment.end());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Segment> split(String text, Segment segment, Pattern breaks) {
        List<Segment> out = new ArrayList<>();
        Matcher m = breaks.matcher(text).region(segment.start(), segment.end());
        int from = segment.start();
        while (m.find()) {
            add(text, from, m.start(), out);
            from = m.end();
        }
        add(text, from, segment.end(), out);
        return out;
    }

    static List<Segment> sentences(String text) {
        List<Segment> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (ClinicalContext.isSentenceEnd(text, i)) {
                add(text, from, i + 1, out);
                from = i + 1;
            }
        }
        add(text, from, text.length(), out);
        return out;
    }

    private static void add(String text, int from, int to, List<Segment> out) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Segment(from, to));
        }
    }
}
