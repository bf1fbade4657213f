package org.careloop.policy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careloop.policy.checks.CheckDraftRequest;
import org.careloop.policy.checks.Citation;
import org.careloop.policy.checks.DraftChecker;
import org.careloop.policy.checks.Finding;
import org.careloop.policy.checks.RedFlagRef;
import org.careloop.policy.triage.Severity;

/** The labelled JSON-lines corpora under {@code src/test/resources/corpus/} ({@code dev/} and {@code test/}). */
public final class LabelledCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GOLD = Pattern.compile("\\{\\{([A-Z][A-Z0-9_]*):(.*?)}}");

    /** A gold identifier: its type and where it is in the unmarked text. */
    record Gold(String type, int start, int end) {}

    /** A message with its identifiers marked inline as {@code {{TYPE:value}}}, unmarked. */
    record MarkedText(String text, List<Gold> gold) {}

    private LabelledCorpus() {}

    public static List<JsonNode> read(String name) {
        try (InputStream in = LabelledCorpus.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("corpus not found: " + name);
            }
            List<JsonNode> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finding types the checker gives a labelled draft, with its citations and red flags as labelled. */
    public static List<String> draftFindingTypes(DraftChecker checker, JsonNode row) {
        String draft = row.get("draftText").asText();
        List<Citation> citations = new ArrayList<>();
        if (row.get("citeAll").asBoolean()) {
            citations.add(new Citation("kb", 0, draft.length()));
        } else if (row.has("citeFrom")) {
            int to = row.has("citeTo") ? row.get("citeTo").asInt() : draft.length();
            citations.add(new Citation("kb", row.get("citeFrom").asInt(), to));
        }
        List<RedFlagRef> flags = new ArrayList<>();
        row.get("redFlags")
                .forEach(f -> flags.add(new RedFlagRef(
                        f.get("category").asText(),
                        Severity.valueOf(f.get("severity").asText()))));
        return checker.check(new CheckDraftRequest("", draft, citations, flags)).findings().stream()
                .map(Finding::type)
                .map(Enum::name)
                .distinct()
                .toList();
    }

    /**
     * A courtesy title identifies no one, and careloop keeps it before the placeholder ("Dr [NAME_1]"), so that the
     * model and the clinician can tell a clinician from a relative. Most writers marked names after the title ("Dr
     * {{NAME:Patel}}"); where one marked it inside ("{{NAME:Mrs Agnes Hollowell}}"), the title is not asked of the
     * de-identifier.
     */
    private static final Pattern TITLE = Pattern.compile(
            "^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sister|Sr|Nurse|Father|Fr|Rev|Revd)\\.?\\s+(?=\\p{L})");

    private static int titleLength(String name) {
        Matcher title = TITLE.matcher(name);
        return title.find() ? title.end() : 0;
    }

    static MarkedText unmark(String marked) {
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = GOLD.matcher(marked);
        int at = 0;
        while (m.find()) {
            text.append(marked, at, m.start());
            int title = "NAME".equals(m.group(1)) ? titleLength(m.group(2)) : 0;
            gold.add(new Gold(
                    m.group(1),
                    text.length() + title,
                    text.length() + m.group(2).length()));
            text.append(m.group(2));
            at = m.end();
        }
        text.append(marked.substring(at));
        return new MarkedText(text.toString(), List.copyOf(gold));
    }
}
