package org.careloop.biasaudit.metrics;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the audit compares of one draft. */
public record DraftMeasures(
        String text,
        int words,
        double readingGrade,
        NextStep nextStep,
        Set<String> findings,
        Set<String> urgency,
        Set<String> citations) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*|\\[[A-Z0-9_]+]");

    public static DraftMeasures of(String text, Collection<String> findingTypes, Collection<String> citedPassages) {
        return new DraftMeasures(
                text,
                words(text),
                ReadingGrade.of(text),
                NextStepClassifier.classify(text),
                new TreeSet<>(findingTypes),
                UrgencyWords.in(text),
                new TreeSet<>(citedPassages));
    }

    public static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
