package org.careloop.policy.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.common.Placeholders;

/** Flesch-Kincaid grade level: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59. */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)*");
    private static final Pattern PLACEHOLDER = Placeholders.PATTERN;
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

    private Readability() {}

    /** The grade, rounded to one decimal, never below 0. */
    public static double grade(String text) {
        String plain = PLACEHOLDER.matcher(text).replaceAll("Sam");
        int sentences = Math.max(1, Sentences.of(plain).size());
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(plain);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        if (words == 0) {
            return 0.0;
        }
        double grade = 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
        return Math.max(0.0, Math.round(grade * 10.0) / 10.0);
    }

    public static int words(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words;
    }

    /** Vowel groups, less a silent final e; at least one. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "");
        w = w.replaceAll("^y", "");
        Matcher m = VOWEL_GROUPS.matcher(w);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
