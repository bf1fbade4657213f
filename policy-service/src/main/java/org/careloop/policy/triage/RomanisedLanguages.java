package org.careloop.policy.triage;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Languages written with English letters and many English words, which neither the language detector nor the share
 * of English words can tell from English: Arabic in Latin letters ("Arabizi", whose digits stand for Arabic sounds:
 * "3andaha 7ara") and the English-based creoles (Nigerian and West African Pidgin, Krio, Jamaican Patwa: "my pikin
 * body dey hot"). Their words look like English but the screening's rules and exemplars do not read them, so such a
 * part is not screened.
 */
final class RomanisedLanguages {

    /** Two different marker words make a part Arabizi or a creole; one may be a name or a typo. */
    private static final int MARKERS = 2;

    /**
     * A digit inside a word, for an Arabic sound ("a3mel", "7ara", "sa7"), but not an ordinal, time, dose or count
     * ("3rd", "8am", "5mg", "2x", "24hrs").
     */
    private static final Pattern ARABIZI_WORD = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\p{L}+[235679]\\p{L}*|[235679]\\p{L}{2,})(?![\\p{L}\\d])", Pattern.UNICODE_CASE);

    private static final Pattern NOT_ARABIZI = Pattern.compile(
            "\\d+(?:st|nd|rd|th|am|pm|mg|mcg|ml|kg|g|hrs?|hours?|mins?|minutes?|days?|wks?|weeks?|yrs?|years?|months?"
                    + "|mths?|x|d|h|m|s|k|lbs?|cm|mm|ft|yo|y|ish|kids?|times|ds|tablets?|tabs?|units?)",
            Pattern.CASE_INSENSITIVE);

    /** Words of the English-based creoles that English does not use ("dey", "pikin", "abeg", "wetin", "una", "pickney"). */
    private static final Set<String> CREOLE_WORDS = Set.of(
            "dey", "pikin", "pikins", "abeg", "wetin", "una", "wahala", "sabi", "comot", "oya", "sef", "pickney",
            "pikni", "yuh", "nuh", "mek", "unu", "naim", "bodi", "wey", "abi", "shey");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d']+");

    private RomanisedLanguages() {}

    /** The rule id of the language a part is written in when it is one of these, else null. */
    static String of(String part) {
        Set<String> arabizi = new HashSet<>();
        Matcher word = ARABIZI_WORD.matcher(part);
        while (word.find()) {
            if (!NOT_ARABIZI.matcher(word.group()).matches()) {
                arabizi.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        if (arabizi.size() >= MARKERS) {
            return "language-ar-latn";
        }
        Set<String> creole = new HashSet<>();
        Matcher any = WORD.matcher(part);
        while (any.find()) {
            String w = any.group().toLowerCase(Locale.ROOT);
            if (CREOLE_WORDS.contains(w)) {
                creole.add(w);
            }
        }
        return creole.size() >= MARKERS ? "language-creole" : null;
    }
}
