package org.careloop.inference.knowledge;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one passage from a Markdown file. The id and title come from YAML-style front matter
 * ({@code id:}, {@code title:}, optionally {@code red-flags:} with policy-service red-flag categories the passage
 * addresses) or, without front matter, from a first heading {@code # Title {#id}}.
 */
public final class MarkdownPassages {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern HEADING = Pattern.compile("^#\\s+(.+?)\\s*\\{#([^}]+)}\\s*$");

    private MarkdownPassages() {}

    public static Passage parse(String source, String markdown) {
        String body = markdown.replace("\r\n", "\n");
        Map<String, String> meta = new LinkedHashMap<>();
        if (body.startsWith("---\n")) {
            int end = body.indexOf("\n---", 4);
            if (end < 0) {
                throw new IllegalArgumentException(source + ": front matter is not closed");
            }
            for (String line : body.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    meta.put(
                            line.substring(0, colon).strip(),
                            unquote(line.substring(colon + 1).strip()));
                }
            }
            body = body.substring(body.indexOf('\n', end + 1) + 1);
        } else {
            String first = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
            Matcher m = HEADING.matcher(first.strip());
            if (m.matches()) {
                meta.put("title", m.group(1));
                meta.put("id", m.group(2));
                body = body.substring(body.indexOf(first) + first.length());
            }
        }
        String id = meta.get("id");
        String title = meta.get("title");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(source + ": missing or malformed id (lower-case words joined by '-')");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(source + ": missing title");
        }
        var sentences = Chunker.sentences(body);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException(source + ": passage has no text");
        }
        Set<String> redFlags = new LinkedHashSet<>();
        for (String flag : meta.getOrDefault("red-flags", "").split(",")) {
            if (!flag.isBlank()) {
                redFlags.add(flag.strip().toUpperCase(Locale.ROOT));
            }
        }
        return new Passage(id, title, sentences, source, redFlags);
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
