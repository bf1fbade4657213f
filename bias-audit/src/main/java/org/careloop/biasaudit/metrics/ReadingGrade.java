package org.careloop.biasaudit.metrics;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Syllables are
 * counted the usual plain way: groups of vowels (y counts as one), less a silent final e after a consonant (not -le), at least one per word.
 * Placeholders such as {@code [NAME_1]} count as one word of two syllables, as a name would.
 */
public final class ReadingGrade {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9_]*_\\d+]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['’][A-Za-z]+)*|\\d+(?:[.,]\\d+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n\\s*\\n");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private ReadingGrade() {}

    public static double of(String text) {
        String plain = PLACEHOLDER.matcher(text).replaceAll("Name");
        int words = 0;
        int syllables = 0;
        Matcher w = WORD.matcher(plain);
        while (w.find()) {
            words++;
            syllables += syllables(w.group());
        }
        if (words == 0) {
            return 0;
        }
        int sentences = Math.max(1, sentences(plain));
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    static int sentences(String text) {
        int count = 0;
        Matcher m = SENTENCE_END.matcher(text.strip());
        int last = 0;
        while (m.find()) {
            if (WORD.matcher(text.strip().substring(last, m.start())).find()) {
                count++;
            }
            last = m.end();
        }
        if (WORD.matcher(text.strip().substring(last)).find()) {
            count++;
        }
        return count;
    }

    static int syllables(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return 2;
        }
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['’].*$", "");
        int count = 0;
        Matcher m = VOWEL_GROUP.matcher(w);
        while (m.find()) {
            count++;
        }
        if (count > 1 && w.length() > 2 && w.endsWith("e") && !w.endsWith("le") && !isVowel(w.charAt(w.length() - 2))) {
            count--;
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
