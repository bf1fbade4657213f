package org.careloop.policy.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.careloop.policy.policy.PolicyDocuments;

/**
 * Word lists the draft rules refer to by name, kept in {@code policy/draft-lexicon.json}: conditions,
 * medications, dose units and forms, frequencies, care settings, emergency numbers and places. Each entry is a
 * regular-expression fragment; a rule pattern writes {@code {CONDITION}} for "any condition".
 */
public record DraftLexicon(String version, String description, Map<String, List<String>> terms) {

    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z_]+)}");

    public static DraftLexicon load(String resource) {
        return PolicyDocuments.readJson(resource, DraftLexicon.class);
    }

    /** {@code pattern} with every {@code {NAME}} replaced by a non-capturing alternation of the list, longest first. */
    public String expand(String pattern) {
        Matcher m = REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> list = terms.get(m.group(1));
            if (list == null) {
                throw new IllegalStateException(
                        "draft lexicon " + version + " has no list " + m.group(1) + " (used in " + pattern + ")");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(alternation(list)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The entries as one alternation, longest first, factored by a plain first letter ("a(?:sthma|cne)|b(?:ronchitis)")
     * so that a position in the draft tries only the entries starting with its letter: a list of hundreds of words
     * then costs little more than one.
     */
    static String alternation(List<String> entries) {
        Map<Character, List<String>> byFirst = new TreeMap<>();
        List<String> others = new ArrayList<>();
        for (String entry : entries) {
            if (entry.length() >= 1
                    && Character.isLetterOrDigit(entry.charAt(0))
                    && (entry.length() == 1 || "?*+{".indexOf(entry.charAt(1)) < 0)) {
                byFirst.computeIfAbsent(Character.toLowerCase(entry.charAt(0)), c -> new ArrayList<>())
                        .add(entry.substring(1));
            } else {
                others.add(entry);
            }
        }
        List<String> branches = new ArrayList<>();
        byFirst.forEach((first, rests) -> branches.add(first
                + rests.stream()
                        .distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .collect(Collectors.joining("|", "(?:", ")"))));
        others.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(branches::add);
        return String.join("|", branches.stream().map(b -> "(?:" + b + ")").toList())
                .transform(j -> "(?:" + j + ")");
    }
}
