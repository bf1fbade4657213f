package org.careloop.policy.triage;

import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fever in a baby under three months is an emergency however the message words it (NICE NG143: any infant under 3
 * months with a temperature of 38 °C or more is at high risk), also when the age and the fever stand in different
 * sentences ("He's 8 weeks old. He's got a temperature of 38.2"), where neither a catalogue phrase nor one
 * sentence's similarity sees both. A reading given with the fever must be a fever (38 °C, 100.4 °F or more);
 * negation, history and hypotheticals are decided by {@link ClinicalContext} as for any phrase.
 */
final class InfantFever {

    static final String CATEGORY = "INFANT_FEVER_LETHARGY";
    private static final double UNDER_MONTHS = 3;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FEVER = Pattern.compile(
            "(?<![\\p{L}])(?:fever(?:ish)?|(?:high\\s+)?temperature|(?:high\\s+)?temp|burning\\s+up|pyrexi[a-z]*)(?![\\p{L}])",
            CI);
    /** A reading just after the fever word: "temp of 38.2", "temperature 101F", "temperature is 37.4". */
    private static final Pattern READING = Pattern.compile(
            "^[^.!?\\n\\d]{0,20}?(\\d{2,3}(?:[.,]\\d{1,2})?)\\s*(°\\s*[cf]?|degrees|[cf](?![\\p{L}]))?", CI);

    private static final double FEVER_C = 38.0;
    private static final double FEVER_F = 100.4;

    List<RedFlag> assess(String text, ClinicalContext context) {
        OptionalDouble youngest = StatedAge.youngestMonths(text);
        if (youngest.isEmpty() || youngest.getAsDouble() >= UNDER_MONTHS) {
            return List.of();
        }
        return MessageRule.flags(
                FEVER, end -> isFever(text.substring(end)), text, context, CATEGORY, "infant-fever-under-3-months");
    }

    /**
     * Whether the message is about a baby of three months or more whose every stated temperature is below a fever
     * ("9 months, teething, temp 37.9"): the semantic layer's sense of an ill infant is then URGENT, not an
     * emergency. Lethargy words still raise an emergency through the catalogue.
     */
    static boolean olderBabyWithoutFever(String text) {
        OptionalDouble youngest = StatedAge.youngestMonths(text);
        if (youngest.isEmpty() || youngest.getAsDouble() < UNDER_MONTHS) {
            return false;
        }
        Matcher fever = FEVER.matcher(text);
        int readings = 0;
        while (fever.find()) {
            OptionalDouble reading = readingAfter(text.substring(fever.end()));
            if (reading.isPresent()) {
                readings++;
                if (isFever(reading.getAsDouble())) {
                    return false;
                }
            }
        }
        return readings > 0;
    }

    /** No reading follows the word, or the reading is a fever. */
    static boolean isFever(String after) {
        OptionalDouble reading = readingAfter(after);
        return reading.isEmpty() || isFever(reading.getAsDouble());
    }

    private static OptionalDouble readingAfter(String after) {
        Matcher reading = READING.matcher(after);
        return reading.find()
                ? OptionalDouble.of(Double.parseDouble(reading.group(1).replace(',', '.')))
                : OptionalDouble.empty();
    }

    /** In °F from 50 up, else in °C. */
    private static boolean isFever(double value) {
        return value >= 50 ? value >= FEVER_F : value >= FEVER_C;
    }
}
