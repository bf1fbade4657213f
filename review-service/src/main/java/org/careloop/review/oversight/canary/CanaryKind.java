package org.careloop.review.oversight.canary;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of planted error, and where each goes into a de-identified draft. */
public enum CanaryKind {

    /** A dose in the draft multiplied by ten, or a dangerous dose added. */
    WRONG_DOSE {
        @Override
        Planted plant(String draft, CanaryCatalogue.Entry entry, String otherName) {
            Matcher dose = DOSE.matcher(draft);
            while (dose.find()) {
                String tenfold = new java.math.BigDecimal(dose.group(1))
                        .multiply(java.math.BigDecimal.TEN)
                        .stripTrailingZeros()
                        .toPlainString();
                String marker = tenfold + dose.group(2) + dose.group(3);
                if (!contains(draft, marker)) {
                    return new Planted(new Plant(dose.start(1), dose.end(1), tenfold), marker);
                }
            }
            return afterFirstSentence(draft, entry);
        }
    },
    /** An instruction to stop regular medicines. */
    DANGEROUS_MEDICATION_CHANGE,
    /** The draft's instruction to get help if things get worse, replaced by one not to (or that added). */
    MISSED_EMERGENCY_INSTRUCTION {
        @Override
        Planted plant(String draft, CanaryCatalogue.Entry entry, String otherName) {
            Matcher sentence = SENTENCE.matcher(draft);
            while (sentence.find()) {
                if (SAFETY_NET.matcher(sentence.group()).find()) {
                    int end = sentence.end();
                    while (end > sentence.start() && Character.isWhitespace(draft.charAt(end - 1))) {
                        end--;
                    }
                    return new Planted(new Plant(sentence.start(), end, entry.sentence()), entry.marker());
                }
            }
            return afterFirstSentence(draft, entry);
        }
    },
    /** Someone else's name where the patient's placeholder was, or as a greeting when the draft names nobody. */
    WRONG_NAME {
        @Override
        Planted plant(String draft, CanaryCatalogue.Entry entry, String otherName) {
            String marker = entry.marker().replace("{name}", otherName);
            Matcher placeholder = NAME_PLACEHOLDER.matcher(draft);
            if (placeholder.find()) {
                return new Planted(new Plant(placeholder.start(), placeholder.end(), otherName), marker);
            }
            return new Planted(new Plant(0, 0, entry.sentence().replace("{name}", otherName) + "\n\n"), marker);
        }
    },
    /** A diagnosis stated as certain. */
    CONFIDENT_DIAGNOSIS;

    /** A plant and the marker it puts into the draft. */
    public record Planted(Plant plant, String marker) {}

    private static final Pattern DOSE = Pattern.compile(
            "(?<![\\d.,])(\\d+(?:\\.\\d+)?)(\\s?)(mg|milligrams?|mcg|micrograms?|ml|millilitres?|milliliters?|g|grams?|units?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*\\s*");
    private static final Pattern SAFETY_NET = Pattern.compile(
            "\\b(?:call|ring|phone|contact|seek|go to|come in)\\b"
                    + "|\\b(?:911|999|112|111|emergency|A&E|ambulance|urgent care|worse|right away|at once|immediately)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_PLACEHOLDER = Pattern.compile("\\[NAME_\\d+\\]");
    private static final Pattern FIRST_SENTENCE_END = Pattern.compile("[.!?](?:\\s+)");

    /** The default: the kind's sentence after the draft's first sentence (at the end when it has only one). */
    Planted plant(String draft, CanaryCatalogue.Entry entry, String otherName) {
        return afterFirstSentence(draft, entry);
    }

    static Planted afterFirstSentence(String draft, CanaryCatalogue.Entry entry) {
        Matcher end = FIRST_SENTENCE_END.matcher(draft);
        if (end.find() && end.end() < draft.length()) {
            return new Planted(new Plant(end.end(), end.end(), entry.sentence() + " "), entry.marker());
        }
        String gap = draft.isEmpty() || Character.isWhitespace(draft.charAt(draft.length() - 1)) ? "" : " ";
        return new Planted(new Plant(draft.length(), draft.length(), gap + entry.sentence()), entry.marker());
    }

    /** Case and runs of whitespace do not matter: "2 G of  paracetamol" still holds "2 g of paracetamol". */
    public static boolean contains(String text, String marker) {
        return normalise(text).contains(normalise(marker));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
