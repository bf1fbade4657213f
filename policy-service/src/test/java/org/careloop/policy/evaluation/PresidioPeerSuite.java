package org.careloop.policy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.careloop.policy.deid.DeidEntity;
import org.careloop.policy.deid.Deidentifier;

/**
 * Peer suite: Presidio's recognizer test cases run through careloop's de-identifier. A program, not a unit
 * test: {@code scripts/presidio-peer-suite.sh} extracts the cases from a fetched Presidio checkout with
 * {@code scripts/presidio_cases.py} into a JSONL file outside the repository and runs this main on it.
 *
 * <p>An expected span counts as found when a careloop entity overlaps it ("any type": the identifier was
 * removed, at least in part) and, separately, when an overlapping entity has one of the careloop types the
 * Presidio entity maps to ("same type"). "Full" counts spans that careloop's entities cover entirely. Presidio's
 * negative cases (it expects no result) are reported apart: how many of them careloop flags anyway.
 *
 * <p>Output names missed spans by test file, test function and case index with the span's offsets, never the
 * text; {@code --verbose} adds the texts, on the console only.
 *
 * <pre>java ... org.careloop.policy.evaluation.PresidioPeerSuite cases.jsonl [--verbose]</pre>
 */
public final class PresidioPeerSuite {

    private static final double Z = 1.959964;
    /** A bare year ("1972", "year 1972"): Safe Harbor keeps the year, so careloop leaves it by design. */
    private static final Pattern BARE_YEAR = Pattern.compile("(?i)(?:year\\s+)?\\d{4}");

    private PresidioPeerSuite() {}

    /** Counts for one Presidio entity. */
    private static final class Tally {
        int cases;
        int spans;
        int expected;
        int foundAny;
        int foundSame;
        int fullyCovered;
        int unpositioned;
        int unpositionedFlagged;
        int negativeCases;
        int negativeFlagged;
        final Set<String> types = new HashSet<>();

        void add(Tally o) {
            cases += o.cases;
            spans += o.spans;
            expected += o.expected;
            foundAny += o.foundAny;
            foundSame += o.foundSame;
            fullyCovered += o.fullyCovered;
            unpositioned += o.unpositioned;
            unpositionedFlagged += o.unpositionedFlagged;
            negativeCases += o.negativeCases;
            negativeFlagged += o.negativeFlagged;
        }
    }

    private record Miss(
            String entity,
            String where,
            int start,
            int end,
            String text,
            String value,
            boolean bareYear,
            List<DeidEntity> careloop,
            boolean wrongTypeOnly) {}

    public static void main(String[] args) throws IOException {
        Path input = null;
        boolean verbose = false;
        for (String arg : args) {
            if (arg.equals("--verbose") || arg.equals("-v")) {
                verbose = true;
            } else if (input == null) {
                input = Path.of(arg);
            } else {
                usage();
            }
        }
        if (input == null) {
            usage();
        }
        run(input, verbose);
    }

    private static void usage() {
        System.err.println("usage: PresidioPeerSuite cases.jsonl [--verbose]   (see scripts/presidio-peer-suite.sh)");
        System.exit(2);
    }

    static void run(Path input, boolean verbose) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Deidentifier deidentifier = Deidentifier.fromClasspath();
        Map<String, Tally> byEntity = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        List<String> flaggedNegatives = new ArrayList<>();
        int lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                JsonNode c = json.readTree(line);
                String entity = c.get("presidio_entity").asText();
                String text = c.get("text").asText();
                String where = c.get("file").asText() + "::" + c.get("test").asText() + "["
                        + c.get("index").asInt() + "]";
                Set<String> types = new HashSet<>();
                c.get("careloop_types").forEach(t -> types.add(t.asText()));
                int expectedCount = c.get("expected_count").asInt();
                List<int[]> spans = new ArrayList<>();
                c.get("spans")
                        .forEach(s ->
                                spans.add(new int[] {s.get(0).asInt(), s.get(1).asInt()}));

                List<DeidEntity> found = deidentifier.deidentify(text).entities();
                Tally t = byEntity.computeIfAbsent(entity, e -> new Tally());
                t.types.addAll(types);
                if (expectedCount == 0) {
                    t.negativeCases++;
                    if (!found.isEmpty()) {
                        t.negativeFlagged++;
                        flaggedNegatives.add(
                                where + " (" + entity + "): careloop " + describe(found, verbose ? text : null));
                        if (verbose) {
                            flaggedNegatives.add("    text: " + quote(text));
                        }
                    }
                    continue;
                }
                t.cases++;
                t.expected += expectedCount;
                t.spans += spans.size();
                for (int[] s : spans) {
                    List<DeidEntity> overlapping = found.stream()
                            .filter(e -> e.start() < s[1] && s[0] < e.end())
                            .toList();
                    boolean any = !overlapping.isEmpty();
                    boolean same = overlapping.stream()
                            .anyMatch(e -> types.contains(e.type().name()));
                    if (any) {
                        t.foundAny++;
                    }
                    if (same) {
                        t.foundSame++;
                    }
                    if (covers(overlapping, s[0], s[1])) {
                        t.fullyCovered++;
                    }
                    if (!same) {
                        String value = text.substring(s[0], s[1]);
                        misses.add(new Miss(
                                entity,
                                where,
                                s[0],
                                s[1],
                                text,
                                value,
                                BARE_YEAR.matcher(value.strip()).matches(),
                                overlapping,
                                any));
                    }
                }
                // Presidio gives the count but not the positions of some results: count careloop's entities
                // outside the positioned spans as candidates for them.
                int unpositioned = expectedCount - spans.size();
                if (unpositioned > 0) {
                    t.unpositioned += unpositioned;
                    long outside = found.stream()
                            .filter(e -> spans.stream().noneMatch(s -> e.start() < s[1] && s[0] < e.end()))
                            .count();
                    t.unpositionedFlagged += (int) Math.min(outside, unpositioned);
                }
            }
        }
        print(input, lines, byEntity, misses, flaggedNegatives, verbose);
    }

    private static boolean covers(List<DeidEntity> entities, int start, int end) {
        int at = start;
        for (DeidEntity e : entities.stream()
                .sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .toList()) {
            if (e.start() > at) {
                return false;
            }
            at = Math.max(at, e.end());
        }
        return at >= end;
    }

    private static void print(
            Path input,
            int lines,
            Map<String, Tally> byEntity,
            List<Miss> misses,
            List<String> flaggedNegatives,
            boolean verbose) {
        System.out.printf(Locale.ROOT, "Presidio peer suite: %d cases from %s%n", lines, input.getFileName());
        System.out.printf(
                Locale.ROOT,
                "A span is found when a careloop entity overlaps it (any type) or one of the mapped type(s) does (same type).%n%n");
        String header = "%-19s %-16s %5s %5s %5s | %5s %-22s | %5s %-22s | %5s%n";
        System.out.printf(
                Locale.ROOT,
                header,
                "presidio entity",
                "careloop type",
                "cases",
                "spans",
                "p.exp",
                "any",
                "recall any [95% CI]",
                "same",
                "recall same [95% CI]",
                "full");
        Tally total = new Tally();
        byEntity.forEach((entity, t) -> {
            total.add(t);
            if (t.cases > 0) {
                row(entity, String.join("|", new java.util.TreeSet<>(t.types)), t);
            }
        });
        System.out.println("-".repeat(122));
        row("TOTAL", "", total);
        // The pooled total is dominated by the entities Presidio tests most (IBAN_CODE, IP_ADDRESS): give the
        // unweighted mean of the per-entity recalls as well.
        List<Tally> positive =
                byEntity.values().stream().filter(t -> t.spans > 0).toList();
        System.out.printf(
                Locale.ROOT,
                "%-19s %-16s %5s %5s %5s | %5s %-22.3f | %5s %-22.3f |%n",
                "MEAN OF ENTITIES",
                "(unweighted)",
                "",
                "",
                "",
                "",
                positive.stream()
                        .mapToDouble(t -> (double) t.foundAny / t.spans)
                        .average()
                        .orElse(Double.NaN),
                "",
                positive.stream()
                        .mapToDouble(t -> (double) t.foundSame / t.spans)
                        .average()
                        .orElse(Double.NaN));

        List<Map.Entry<String, Tally>> unpositioned = byEntity.entrySet().stream()
                .filter(e -> e.getValue().unpositioned > 0)
                .toList();
        if (!unpositioned.isEmpty()) {
            System.out.printf(
                    Locale.ROOT, "%nResults Presidio counts without giving their position (not in the spans above):%n");
            unpositioned.forEach(e -> System.out.printf(
                    Locale.ROOT,
                    "  %-19s %d expected, careloop flags %d outside the positioned spans%n",
                    e.getKey(),
                    e.getValue().unpositioned,
                    e.getValue().unpositionedFlagged));
        }

        System.out.printf(
                Locale.ROOT,
                "%nPresidio's negative cases (it expects no result; a careful de-identifier may still flag them):%n");
        System.out.printf(Locale.ROOT, "  %-19s %6s %16s%n", "presidio entity", "cases", "careloop flags");
        byEntity.forEach((entity, t) -> {
            if (t.negativeCases > 0) {
                System.out.printf(Locale.ROOT, "  %-19s %6d %16d%n", entity, t.negativeCases, t.negativeFlagged);
            }
        });
        System.out.printf(Locale.ROOT, "  %-19s %6d %16d%n", "TOTAL", total.negativeCases, total.negativeFlagged);

        long years =
                misses.stream().filter(m -> m.bareYear() && !m.wrongTypeOnly()).count();
        long wrongType = misses.stream().filter(Miss::wrongTypeOnly).count();
        System.out.printf(
                Locale.ROOT,
                "%nMissed spans: %d not removed at all, %d removed under another careloop type.%n",
                misses.size() - wrongType,
                wrongType);
        if (years > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "  %d of the spans not removed are bare years, which careloop keeps by design (Safe Harbor keeps the year).%n",
                    years);
        }
        for (Miss m : misses) {
            System.out.printf(
                    Locale.ROOT,
                    "  %-19s %s span %d..%d%s%n",
                    m.entity(),
                    m.where(),
                    m.start(),
                    m.end(),
                    m.wrongTypeOnly()
                            ? "  removed as " + describe(m.careloop(), null)
                            : m.bareYear() ? "  (bare year)" : "");
            if (verbose) {
                System.out.printf(Locale.ROOT, "      text: %s%n      span: %s%n", quote(m.text()), quote(m.value()));
            }
        }
        if (!flaggedNegatives.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nNegative cases careloop flags:%n");
            flaggedNegatives.forEach(s -> System.out.println("  " + s));
        }
    }

    private static void row(String entity, String types, Tally t) {
        System.out.printf(
                Locale.ROOT,
                "%-19s %-16s %5d %5d %5d | %5d %-22s | %5d %-22s | %5d%n",
                entity,
                types,
                t.cases,
                t.spans,
                t.expected,
                t.foundAny,
                ratio(t.foundAny, t.spans),
                t.foundSame,
                ratio(t.foundSame, t.spans),
                t.fullyCovered);
    }

    /** "0.857 [0.601-0.960]": the proportion with its 95 % Wilson score interval. */
    static String ratio(int x, int n) {
        if (n == 0) {
            return "-";
        }
        double[] ci = wilson(x, n);
        return String.format(Locale.ROOT, "%.3f [%.3f-%.3f]", (double) x / n, ci[0], ci[1]);
    }

    static double[] wilson(int x, int n) {
        double p = (double) x / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static String describe(List<DeidEntity> entities, String text) {
        StringBuilder out = new StringBuilder();
        for (DeidEntity e : entities) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(e.type()).append(' ').append(e.start()).append("..").append(e.end());
            if (text != null) {
                out.append(' ').append(quote(text.substring(e.start(), e.end())));
            }
        }
        return out.toString();
    }

    private static String quote(String s) {
        return "\""
                + s.replace("\\", "\\\\")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r")
                        .replace("\"", "\\\"") + "\"";
    }
}
