package org.careloop.policy.triage;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ages a message states for someone ("my 7-month-old", "Baby (7 months)", "she is 2", "aged 10 weeks"), in
 * months. Only phrasings that say age, not duration: "a fever for 2 days" states no age.
 */
final class StatedAge {

    private static final String NUMBER =
            "(\\d{1,2}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String UNIT = "(days?|weeks?|wks?|months?|mths?|mos?|years?|yrs?)";
    private static final Pattern AGE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:aged?|is|is\\s+only|is\\s+just|he's|she's|\\()\\s*" + NUMBER + "\\s*[- ]?\\s*" + UNIT
                    + "(?![\\p{L}])|" + NUMBER + "\\s*[- ]?\\s*" + UNIT + "[- ]old|" + NUMBER
                    + "\\s*(?:yo|y/o|y\\.o\\.))",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    private StatedAge() {}

    /** The youngest age stated in {@code text}, in months, or empty when it states none. */
    static OptionalDouble youngestMonths(String text) {
        Matcher m = AGE.matcher(text);
        double youngest = Double.MAX_VALUE;
        boolean any = false;
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            String unit = m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(4) : "years";
            youngest = Math.min(youngest, months(number, unit));
            any = true;
        }
        return any ? OptionalDouble.of(youngest) : OptionalDouble.empty();
    }

    private static double months(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        double value = WORDS.containsKey(n) ? WORDS.get(n) : Double.parseDouble(n);
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("d")) {
            return value / 30.4;
        }
        if (u.startsWith("w")) {
            return value / 4.35;
        }
        if (u.startsWith("y")) {
            return value * 12;
        }
        return value;
    }
}
