package org.careloop.policy.checks;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into sentences with their offsets, whitespace trimmed. */
final class Sentences {

    record Sentence(int start, int end, String text) {}

    private Sentences() {}

    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?')
                            && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                            && !abbreviation(text, i));
            if (end) {
                add(text, start, c == '\n' ? i : i + 1, sentences);
                start = i + 1;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase();
        return switch (word) {
            case "dr", "mr", "mrs", "ms", "e.g", "i.e", "etc", "vs", "approx", "st" -> true;
            default -> word.length() == 1 && Character.isUpperCase(text.charAt(wordStart));
        };
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(from, to, text.substring(from, to)));
        }
    }
}
