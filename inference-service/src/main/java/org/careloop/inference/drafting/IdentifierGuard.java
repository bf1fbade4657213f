package org.careloop.inference.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence in depth behind policy-service's de-identification: text that still looks as if it holds an
 * e-mail address, a phone number or a social security number is not sent to any model.
 */
public final class IdentifierGuard {

    /** A suspected identifier: its type and offsets, never its value. */
    public record Finding(String type, int start, int end) {}

    private static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put("EMAIL", Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"));
        PATTERNS.put("SSN", Pattern.compile("(?<![\\w-])\\d{3}[- ]\\d{2}[- ]\\d{4}(?![\\w-])"));
        // North-American numbers with separators or 10-11 digits in a row, and +international numbers.
        PATTERNS.put(
                "PHONE",
                Pattern.compile(
                        "(?<![\\w/.-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\w/-])"
                                + "|(?<![\\w/.-])\\+?1?\\d{10}(?![\\w/.-])"
                                + "|(?<![\\w/.-])\\+\\d{1,3}(?:[\\s.-]?\\d{2,4}){3,5}(?![\\w/-])"));
    }

    private IdentifierGuard() {}

    public static List<Finding> scan(String text) {
        List<Finding> findings = new ArrayList<>();
        for (var entry : PATTERNS.entrySet()) {
            Matcher m = entry.getValue().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean overlaps = findings.stream().anyMatch(f -> f.start() < end && start < f.end());
                if (!overlaps) {
                    findings.add(new Finding(entry.getKey(), start, end));
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return findings;
    }
}
