package org.careloop.review.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.review.policy.PolicyDtos;

/** The placeholder-to-value map of a message, and filling placeholders back into a draft. */
public final class Placeholders {

    /**
     * The placeholder syntax of the service contract (docs/service-contracts.md, "Placeholders"), defined once in
     * this service: {@code [<TYPE>_<n>]} where the type is upper-case words joined by "_" ({@code [NAME_1]}, {@code
     * [AGE_90_PLUS_1]}, {@code [IP_ADDRESS_2]}). {@code ServiceContractTest} checks every type the document lists.
     */
    public static final String SYNTAX = "\\[[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_\\d+\\]";

    /** {@link #SYNTAX}, compiled. */
    public static final Pattern PATTERN = Pattern.compile(SYNTAX);

    private Placeholders() {}

    /** Reads each placeholder's value from the original text at the offsets policy-service gave. */
    public static Map<String, String> valuesFrom(String originalText, List<PolicyDtos.Entity> entities) {
        Map<String, String> values = new LinkedHashMap<>();
        if (entities == null) {
            return values;
        }
        for (PolicyDtos.Entity e : entities) {
            if (e.placeholder() == null || e.start() < 0 || e.end() > originalText.length() || e.start() >= e.end()) {
                continue;
            }
            values.putIfAbsent(e.placeholder(), originalText.substring(e.start(), e.end()));
        }
        return values;
    }

    /** Replaces every known placeholder with its value; unknown ones stay as they are. */
    public static Filled fillIn(String text, Map<String, String> values) {
        StringBuilder out = new StringBuilder(text.length());
        List<int[]> replaced = new ArrayList<>();
        Matcher m = PATTERN.matcher(text);
        int last = 0;
        while (m.find()) {
            String value = values.get(m.group());
            if (value == null) {
                continue;
            }
            out.append(text, last, m.start());
            int newStart = out.length();
            out.append(value);
            replaced.add(new int[] {m.start(), m.end(), newStart, out.length()});
            last = m.end();
        }
        out.append(text, last, text.length());
        return new Filled(out.toString(), List.copyOf(replaced));
    }

    /**
     * A text with placeholders filled in, and how to move an offset of the original text into it (so that
     * citation and finding spans still point at the same words).
     */
    public record Filled(String text, List<int[]> replacements) {

        public int map(int offset, boolean isEnd) {
            int delta = 0;
            for (int[] r : replacements) {
                int origStart = r[0];
                int origEnd = r[1];
                if (offset >= origEnd) {
                    delta = r[3] - origEnd;
                } else if (offset > origStart) {
                    return isEnd ? r[3] : r[2];
                } else {
                    break;
                }
            }
            return offset + delta;
        }
    }
}
