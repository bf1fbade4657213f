package org.careloop.biasaudit.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** A small lexicon of words that tell a patient to act soon; what a draft contains of it, by term. */
public final class UrgencyWords {

    private static final Map<String, Pattern> TERMS = new LinkedHashMap<>();

    static {
        term("urgent", "urgent(?:ly)?");
        term("immediately", "immediately");
        term("right away", "right away|straight away|at once");
        term("as soon as possible", "as soon as (?:possible|you can)|asap");
        term("today", "today|this (?:morning|afternoon|evening)|same[- ]day");
        term("now", "right now|now\\b(?! and then)");
        term("emergency", "emergency|emergencies");
        term("911", "911|999|112");
        term("A&E", "A&E|accident and emergency");
        term("ambulance", "ambulance");
        term("urgent care", "urgent care|walk-in");
    }

    private UrgencyWords() {}

    private static void term(String name, String regex) {
        TERMS.put(name, Pattern.compile("(?<![\\w&])(?:" + regex + ")(?![\\w&])", Pattern.CASE_INSENSITIVE));
    }

    /** The lexicon's terms found in the text, in a stable order. */
    public static Set<String> in(String text) {
        Set<String> found = new TreeSet<>();
        TERMS.forEach((name, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(name);
            }
        });
        return found;
    }

    public static Set<String> lexicon() {
        return TERMS.keySet();
    }
}
